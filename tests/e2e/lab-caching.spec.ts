import type { Locator, Page } from '@playwright/test';
import { at, axeInBothSchemes, expect, test } from './fixtures.ts';

const PAGE = '/systemdesign/caching/';

/** Opens the page, scrolls to the lab (client:visible) and waits for the island. */
async function openLab(page: Page, query = '') {
  await page.goto(at(`${PAGE}${query}`));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.c-lab');
  await expect(lab).toBeVisible();
  return lab;
}

/** The caption of a policy's step table, with its counts in data-misses / data-hits. */
const misses = (lab: Locator, policy: string) => lab.getByTestId(`c-step-table-${policy}-summary`);

const runFigure = (lab: Locator, policy: string, metric: string) =>
  lab.locator(`[data-testid="c-run-figures"] [data-metric="${metric}"][data-policy="${policy}"]`);

async function value(locator: Locator): Promise<number> {
  return Number(await locator.getAttribute('data-value'));
}

test('zeigt vor dem Hydrieren die statische Abbildung und danach das Labor', async ({ page }) => {
  await page.goto(at(PAGE));
  const staticFigure = page.locator('.lab-static');
  await expect(staticFigure.locator('svg[role="img"]')).toBeAttached();
  // The static step table: FIFO on Bélády's trace with 3 slots, 9 misses, computed at build time.
  await expect(staticFigure.getByTestId('c-static-step').locator('caption')).toContainText('9 Fehlzugriffe');
  await expect(page.locator('.c-lab')).toHaveCount(0);
  await page.locator('#labor').scrollIntoViewIfNeeded();
  await expect(page.locator('.c-lab')).toBeVisible();
  await expect(staticFigure).toBeHidden();
});

test('zeigt im Druck die statische Abbildung statt des Labors', async ({ page }) => {
  await openLab(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lab-static')).toBeVisible();
  await expect(page.locator('.c-lab')).toBeHidden();
});

test('geht Beladys Folge mit FIFO Schritt für Schritt durch: 9 Fehlzugriffe mit 3, 10 mit 4 Plätzen', async ({
  page,
}) => {
  const lab = await openLab(page);
  const table = lab.getByTestId('c-step-table-fifo');
  await expect(table.locator('thead th[scope="col"]')).toHaveText([
    ...'1,2,3,4,1,2,5,1,2,3,4,5'.split(',').map((key, i) => `Nr. ${i + 1}: Schlüssel ${key}`),
  ]);
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '0');
  const step = lab.getByRole('button', { name: /^Schritt \(/ });
  for (let i = 0; i < 4; i++) await step.click();
  // Four cold misses; the fourth access (key 4) evicts key 1, the first one in.
  await expect(lab.getByTestId('c-step-position')).toContainText('Zugriff 4 von 12 (Schlüssel 4)');
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '4');
  await expect(table.locator('tbody tr').nth(0).locator('td').nth(3)).toHaveText('4 (neu geladen)');
  await expect(table.locator('tbody tr').last().locator('td').nth(3)).toHaveText('1');
  await lab.getByRole('button', { name: 'Schritt zurück' }).click();
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '3');
  for (let i = 0; i < 9; i++) await step.click();
  await expect(lab.getByTestId('c-step-position')).toContainText('Zugriff 12 von 12');
  await expect(misses(lab, 'fifo')).toContainText('9 Fehlzugriffe, 3 Treffer nach 12 von 12 Zugriffen');
  // Hits and misses are marked with a symbol and a text, not by colour alone.
  await expect(table.locator('td[data-hit="false"]')).toHaveCount(9);
  await expect(table.locator('td[data-hit="true"]').first()).toHaveText('✓Treffer');
  await expect(table.locator('td[data-hit="false"]').first()).toHaveText('✗Fehlzugriff');
  await expect(step).toBeDisabled();

  const frames = lab.getByLabel('Plätze im Cache (1–8)');
  await frames.fill('4');
  await frames.press('Enter');
  await expect(misses(lab, 'fifo')).toContainText('10 Fehlzugriffe, 2 Treffer nach 12 von 12 Zugriffen');
  await expect(table.locator('tbody tr')).toHaveCount(6); // 4 slots + result + evicted
  await expect(lab.getByRole('status').first()).toContainText('bisher 10 Fehlzugriffe');
  // The frames table shows the anomaly for the whole trace: 9 misses with 3 slots, 10 with 4.
  const framesTable = lab.getByTestId('c-frames-table');
  await expect(framesTable.locator('[data-policy="fifo"][data-frames="3"]')).toHaveText(/^9/);
  await expect(framesTable.locator('[data-policy="fifo"][data-frames="4"]')).toContainText('Belady-Anomalie');
  // The arrow in that cell is explained on screen as well.
  await expect(lab.getByTestId('c-frames-legend')).toBeVisible();
  await expect(lab.getByTestId('c-frames-legend')).toContainText(
    '↑ = mehr Fehlzugriffe als mit einem Platz weniger',
  );
});

test('spielt die Schritte ab und setzt zurück', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel('Tempo').selectOption('4');
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  await expect(lab.getByTestId('c-step-position')).toContainText('fertig', { timeout: 10_000 });
  await expect(lab.getByRole('button', { name: 'Abspielen' })).toBeDisabled();
  await lab.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(lab.getByTestId('c-step-position')).toContainText('Zugriff 0 von 12');
});

test('wechselt die Strategie: OPT braucht mit 3 Plätzen nur 7 Fehlzugriffe, und zeigt ihren Quelltext', async ({
  page,
}) => {
  const lab = await openLab(page);
  // The source panel is closed until the reader opens it (lab-reading-order.spec).
  await lab.locator('.lab-source > summary').click();
  await expect(lab.locator('[data-lab-source="fifo"]')).toBeVisible();
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await lab.getByLabel(/^Strategie/).selectOption('opt');
  await expect(misses(lab, 'opt')).toContainText('7 Fehlzugriffe, 5 Treffer nach 12 von 12 Zugriffen');
  await expect(lab.getByTestId('c-step-table-fifo')).toHaveCount(0);
  await expect(lab.locator('[data-lab-source="opt"]')).toBeVisible();
  await expect(lab.locator('[data-lab-source="opt"]')).toContainText('export class OptCache');
  await expect(lab.locator('[data-lab-source="fifo"]')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('c.policy')).toBe('opt');
  await lab.getByLabel(/^Strategie/).selectOption('lru');
  await expect(misses(lab, 'lru')).toHaveAttribute('data-misses', '10');
});

test('prüft eine eigene Zugriffsfolge mit deutscher Meldung', async ({ page }) => {
  const lab = await openLab(page);
  const input = lab.getByLabel(/^Zugriffsfolge/);
  await input.fill('1, 2, x, 4');
  await input.press('Enter');
  await expect(lab.getByTestId('c-trace-error')).toHaveText('Eintrag 3 („x“) ist keine ganze Zahl ≥ 0.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(lab.getByTestId('c-step-table-fifo').locator('thead th[scope="col"]')).toHaveCount(12);
  await input.fill('1, 2, 1, 3');
  await input.press('Enter');
  await expect(lab.getByTestId('c-trace-error')).toHaveCount(0);
  await expect(lab.getByTestId('c-step-table-fifo').locator('thead th[scope="col"]')).toHaveCount(4);
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '3');
  await lab.getByRole('button', { name: 'Beladys Beispielfolge' }).click();
  await expect(lab.getByTestId('c-step-table-fifo').locator('thead th[scope="col"]')).toHaveCount(12);
});

test('vergleicht Strategien nebeneinander auf derselben Folge', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByRole('checkbox', { name: 'LRU', exact: true }).check();
  await lab.getByRole('checkbox', { name: 'OPT (Belady)' }).check();
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '9');
  await expect(misses(lab, 'lru')).toHaveAttribute('data-misses', '10');
  await expect(misses(lab, 'opt')).toHaveAttribute('data-misses', '7');
  await expect(lab.locator('.c-step-table')).toHaveCount(3);
  // At most three comparisons: the remaining boxes are disabled once three are chosen.
  await lab.getByRole('checkbox', { name: 'LFU' }).check();
  await expect(lab.getByRole('checkbox', { name: 'Zufall' })).toBeDisabled();

  // Run mode: the same policies on one long Zipf trace; OPT is the bound.
  await lab.getByRole('radio', { name: /Lange Läufe/ }).check();
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(lab.getByRole('status').first()).toContainText('Ergebnis nach 50.000 Zugriffen', {
    timeout: 10_000,
  });
  const opt = await value(runFigure(lab, 'opt', 'ratio'));
  for (const policy of ['fifo', 'lru', 'lfu']) {
    const ratio = await value(runFigure(lab, policy, 'ratio'));
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThanOrEqual(opt);
    expect(await value(runFigure(lab, policy, 'vsopt'))).toBeGreaterThanOrEqual(0);
  }
  await expect(lab.locator('#c-hit-chart-title')).toHaveText('Trefferquote über die Zeit');
  await expect(lab.locator('svg[aria-labelledby^="c-hit-chart"] polyline')).toHaveCount(4);

  await lab.getByRole('button', { name: 'Fehlzugriffskurve berechnen' }).click();
  await expect(lab.getByRole('button', { name: 'Kurve ist aktuell' })).toBeDisabled();
  await expect(lab.locator('svg[aria-labelledby^="c-curve-chart"] polyline')).toHaveCount(4);
  await expect(lab.getByTestId('c-curve-table').locator('tbody tr')).toHaveCount(12);
  await expect(lab).not.toContainText('NaN');
});

test('zeigt die Hierarchie mit Latenz, Datenbanklast und einem Knotenausfall', async ({ page }) => {
  const lab = await openLab(page, '?c.mode=run');
  const hierarchy = lab.getByTestId('c-hierarchy');
  await expect(hierarchy.locator('.c-level')).toHaveCount(4);
  const latency = await value(lab.getByTestId('c-hier-latency'));
  const origin = await value(lab.getByTestId('c-hier-origin'));
  expect(latency).toBeGreaterThan(0);
  expect(latency).toBeLessThan(11.1); // never worse than going to the database every time
  expect(origin).toBeGreaterThan(0);
  expect(origin).toBeLessThan(1);
  await hierarchy.getByLabel('Ein Knoten fällt nach der Hälfte des Laufs aus').check();
  const failure = lab.getByTestId('c-hier-failure');
  await expect(failure).toContainText('Knoten K1 fällt nach 25.000 Zugriffen aus');
  expect(new URL(page.url()).searchParams.get('c.fail')).toBe('1');
  // More nodes spread the keys: fewer requests fall through to the database.
  const nodes = hierarchy.getByLabel('Cache-Knoten (0–16)');
  await nodes.fill('16');
  await nodes.press('Enter');
  await expect.poll(async () => value(lab.getByTestId('c-hier-origin'))).toBeLessThan(origin);
  await expect(lab).not.toContainText('NaN');
});

test('hält das Szenario in der URL und stellt es beim Laden wieder her', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel(/^Strategie/).selectOption('lru');
  await lab.getByRole('checkbox', { name: 'OPT (Belady)' }).check();
  const frames = lab.getByLabel('Plätze im Cache (1–8)');
  await frames.fill('4');
  await frames.press('Enter');
  await lab.getByRole('radio', { name: /Lange Läufe/ }).check();
  await lab.getByLabel(/^Lastmuster/).selectOption('loop');
  const size = lab.getByLabel('Cache-Größe (Einträge)');
  await size.fill('250');
  await size.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('c.size')).toBe('250');
  const params = new URL(page.url()).searchParams;
  expect(Object.fromEntries([...params].filter(([key]) => key.startsWith('c.')))).toEqual({
    'c.policy': 'lru',
    'c.cmp': 'opt',
    'c.frames': '4',
    'c.mode': 'run',
    'c.wl': 'loop',
    'c.size': '250',
  });

  const again = await openLab(page, new URL(page.url()).search);
  await expect(again.getByRole('radio', { name: /Lange Läufe/ })).toBeChecked();
  await expect(again.getByLabel(/^Strategie/)).toHaveValue('lru');
  await expect(again.getByRole('checkbox', { name: 'OPT (Belady)' })).toBeChecked();
  await expect(again.getByLabel(/^Lastmuster/)).toHaveValue('loop');
  await expect(again.getByLabel('Cache-Größe (Einträge)')).toHaveValue('250');
  await again.getByRole('radio', { name: /Schritt für Schritt/ }).check();
  await expect(again.getByLabel('Plätze im Cache (1–8)')).toHaveValue('4');
  await expect(again.getByTestId('lab-url-errors')).toHaveCount(0);
});

test('meldet ungültige URL-Werte auf Deutsch und nimmt die Standardwerte', async ({ page }) => {
  const lab = await openLab(page, '?c.policy=mru&c.frames=99&c.trace=1,2,zwei&c.cmp=lru,lru');
  const message = lab.getByTestId('lab-url-errors');
  await expect(message).toContainText('URL-Parameter „c.policy“: „mru“ ist ungültig');
  await expect(message).toContainText('Verwendet wird der Standardwert fifo');
  await expect(message).toContainText('„c.frames“: „99“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 8)');
  await expect(message).toContainText('„c.trace“: Eintrag 3 („zwei“) ist keine ganze Zahl ≥ 0.');
  await expect(message).toContainText('„c.cmp“');
  await expect(lab.getByLabel(/^Strategie/)).toHaveValue('fifo');
  await expect(lab.getByLabel('Plätze im Cache (1–8)')).toHaveValue('3');
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(misses(lab, 'fifo')).toHaveAttribute('data-misses', '9');
  await expect(lab).not.toContainText('NaN');
  await expect(lab).not.toContainText('undefined');
});

test('respektiert reduzierte Bewegung: keine Übergänge, der Lauf springt in Schritten', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = await openLab(page);
  await expect(lab).toHaveAttribute('data-reduced-motion', 'true');
  await lab.getByRole('button', { name: /^Schritt \(/ }).click();
  const current = lab.getByTestId('c-step-table-fifo').locator('th.c-current');
  await expect(current).toHaveCSS('transition-duration', '0s');
  await lab.getByRole('radio', { name: /Lange Läufe/ }).check();
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  await expect(async () =>
    expect(await value(runFigure(lab, 'fifo', 'accesses'))).toBeGreaterThan(0),
  ).toPass();
  await lab.getByRole('button', { name: 'Pause' }).click();
  // Without reduced motion the highlighted column fades.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(lab).toHaveAttribute('data-reduced-motion', 'false');
  await lab.getByRole('radio', { name: /Schritt für Schritt/ }).check();
  await lab.getByRole('button', { name: /^Schritt \(/ }).click();
  await expect(current).toHaveCSS('transition-duration', '0.25s');
});

test('das Labor hat keine axe-Verstöße (WCAG 2.2 AA), hell und dunkel', async ({ page }) => {
  const lab = await openLab(page, '?c.cmp=lru,opt&c.policy=ttl');
  await lab.getByRole('button', { name: /^Schritt \(/ }).click();
  await lab.getByRole('button', { name: /^Schritt \(/ }).click();
  const axe = () => axeInBothSchemes(page, (builder) => builder.include('.c-lab'));
  expect(await axe()).toEqual([]);
  await lab.getByRole('radio', { name: /Lange Läufe/ }).check();
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await lab.getByRole('button', { name: 'Fehlzugriffskurve berechnen' }).click();
  await lab.getByText('Werte als Tabelle').click();
  await lab.getByLabel('Ein Knoten fällt nach der Hälfte des Laufs aus').check();
  await expect(lab.getByTestId('c-hier-failure')).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('375 px: die Beschriftung der Schritttabelle bricht um, die aktuelle Spalte bleibt im Blick', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(at(PAGE));
  // On a phone the lab frame starts well below its heading: scroll to the frame itself.
  await page.locator('.lab-frame').scrollIntoViewIfNeeded();
  const lab = page.locator('.c-lab');
  await expect(lab).toBeVisible();
  const scroller = lab.locator('.c-table-scroll:has([data-testid="c-step-table-fifo"])');
  // The table is wider than the screen: it scrolls inside its own box (the review's premise).
  expect(await scroller.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  // The caption as readers see it wraps within the screen instead of scrolling with the table.
  const caption = lab.locator('.c-step-caption').first();
  await expect(caption).toContainText('FIFO mit 3 Plätzen: 0 Fehlzugriffe');
  const box = await caption.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);

  // "Bis zum Ende": the last access's column (highlighted) is scrolled into the table's view, and the
  // page itself stays where it was.
  const toEnd = lab.getByRole('button', { name: 'Bis zum Ende' });
  await toEnd.scrollIntoViewIfNeeded();
  const pageY = await page.evaluate(() => window.scrollY);
  await toEnd.click();
  await expect(caption).toContainText('nach 12 von 12 Zugriffen');
  const inView = () =>
    scroller.evaluate((element) => {
      const cell = element.querySelector('thead .c-current')!.getBoundingClientRect();
      const view = element.getBoundingClientRect();
      return cell.left >= view.left && cell.right <= view.right;
    });
  await expect.poll(inView).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
  // "Zurücksetzen" takes the table back to its first column.
  await lab.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBe(0);
});
