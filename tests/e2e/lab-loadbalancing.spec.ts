import type { Page } from '@playwright/test';
import { at, axeInBothSchemes, expect, test } from './fixtures.ts';
import { flightInk, workerFills } from './lb-canvas.ts';

const PAGE = '/systemdesign/load-balancing/';

/** Opens the page, scrolls to the lab (client:visible) and waits for the island. */
async function openLab(page: Page, query = '') {
  await page.goto(at(`${PAGE}${query}`));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.lb-lab');
  await expect(lab).toBeVisible();
  return lab;
}

const figure = (page: Page, algo: string, metric: string) =>
  page.locator(`[data-metric="${metric}"][data-algo="${algo}"]`);

async function value(page: Page, algo: string, metric: string): Promise<number> {
  return Number(await figure(page, algo, metric).getAttribute('data-value'));
}

test('zeigt vor dem Hydrieren die statische Abbildung und danach das Labor', async ({ page }) => {
  await page.goto(at(PAGE));
  const staticFigure = page.locator('.lab-static');
  await expect(staticFigure.locator('svg[role="img"]').first()).toBeAttached();
  await expect(page.locator('.lb-lab')).toHaveCount(0);
  await page.locator('#labor').scrollIntoViewIfNeeded();
  await expect(page.locator('.lb-lab')).toBeVisible();
  await expect(staticFigure).toBeHidden();
});

test('zeigt im Druck die statische Abbildung statt des Labors', async ({ page }) => {
  await openLab(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lab-static')).toBeVisible();
  await expect(page.locator('.lb-lab')).toBeHidden();
});

test('spielt ab, pausiert und geht schrittweise weiter', async ({ page }) => {
  const lab = await openLab(page);
  const clock = lab.getByTestId('lb-clock');
  await expect(clock).toContainText('Simulierte Zeit: 0 s');
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  await expect(clock).not.toContainText('Simulierte Zeit: 0 s');
  await expect(async () => expect(await value(page, 'roundRobin', 'served')).toBeGreaterThan(0)).toPass();
  await lab.getByRole('button', { name: 'Pause' }).click();
  const paused = await clock.innerText();
  await lab.getByRole('button', { name: /Schritt/ }).click();
  await expect(clock).not.toHaveText(paused);
  await lab.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(clock).toContainText('Simulierte Zeit: 0 s');
});

test('wechselt den Algorithmus und zeigt dessen Quelltext', async ({ page }) => {
  const lab = await openLab(page);
  // The source panel is closed until the reader opens it (lab-reading-order.spec).
  await lab.locator('.lab-source > summary').click();
  await expect(lab.locator('[data-lab-source="roundRobin"]')).toBeVisible();
  await lab.getByLabel('Algorithmus').selectOption('leastConnections');
  await expect(lab.locator('[data-lab-source="leastConnections"]')).toBeVisible();
  await expect(lab.locator('[data-lab-source="roundRobin"]')).toBeHidden();
  await expect(lab.locator('[data-lab-source="leastConnections"]')).toContainText(
    'export function createLeastConnections',
  );
  await expect(figure(page, 'leastConnections', 'p95')).toBeAttached();
  expect(new URL(page.url()).searchParams.get('lb-algo')).toBe('leastConnections');
});

test('vergleicht zwei Algorithmen auf heterogenen Servern wie die Theorie es sagt', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel('Voreinstellung').selectOption('heterogen');
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(lab.getByTestId('lb-clock')).toContainText('fertig');
  // Round Robin ignores capacity and overloads the three slow servers; Weighted Least Connections
  // sends work where workers are free, so its p95 latency is far lower.
  const rr = await value(page, 'roundRobin', 'p95');
  const wlc = await value(page, 'weightedLeastConnections', 'p95');
  expect(wlc).toBeGreaterThan(0);
  expect(wlc).toBeLessThan(rr * 0.75);
  // Identical workload on both sides: the same number of requests arrived.
  await expect(lab.getByRole('status')).toContainText('Ergebnis');
  await expect(lab.locator('.lb-view')).toHaveCount(2);
});

test('markiert den Ausfall im Latenzdiagramm: ein Band von 10 bis 20 s mit Legende', async ({ page }) => {
  // Versuch 4: the text points to the marked outage window, in which p95 rises (the rise itself is
  // checked on the engine in tests/unit/loadbalancing/outage-experiment.test.ts).
  const lab = await openLab(page, '?lb-preset=ausfall');
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(lab.getByTestId('lb-clock')).toContainText('fertig');
  const chart = lab.locator('.lab-chart-box').filter({ has: page.locator('#lb-latency-chart-title') });
  await expect(
    chart.getByRole('listitem').filter({ hasText: 'Server 2 ausgefallen (10–20 s)' }),
  ).toBeVisible();
  await expect(chart.locator('desc')).toContainText('Markiert: Server 2 ausgefallen (10–20 s).');
  const xMax = Number((await chart.locator('.lab-chart-x .lab-tick').last().innerText()).replace(',', '.'));
  const picture = (await chart.locator('svg.lab-chart').boundingBox())!;
  const band = (await chart.locator('svg.lab-chart rect.lab-band').boundingBox())!;
  // The band's edges stand where 10 s and 20 s are on the time axis (within 2 % of the width).
  const at = (seconds: number) => picture.x + (6 + (seconds / xMax) * (picture.width - 20));
  expect(Math.abs(band.x - at(10))).toBeLessThan(picture.width * 0.02);
  expect(Math.abs(band.x + band.width - at(20))).toBeLessThan(picture.width * 0.02);
});

test('zeichnet den schnellen Server größer: die Länge des Worker-Balkens folgt der Kapazität', async ({
  page,
}) => {
  // Heterogene Server: S1 is 4× as fast as S2–S4 with as many workers, so its bar is 4× as long.
  const lab = await openLab(page, '?lb-preset=heterogen');
  // The picture renders in a task of its own after the controls (Later): wait for its four bars.
  await expect(lab.locator('.lb-view').first().locator('.lb-workers')).toHaveCount(4);
  const widths = await lab
    .locator('.lb-view')
    .first()
    .locator('.lb-workers')
    .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
  expect(widths).toHaveLength(4);
  for (const slow of widths.slice(1)) expect(widths[0] / slow).toBeCloseTo(4, 1);
  // Equal servers: equal bars.
  await lab.getByLabel('Voreinstellung').selectOption('');
  const equal = () =>
    lab
      .locator('.lb-view')
      .first()
      .locator('.lb-workers')
      .evaluateAll((bars) => bars.map((bar) => Math.round(bar.getBoundingClientRect().width)));
  await expect.poll(async () => new Set(await equal()).size).toBe(1);
  expect((await equal()).length).toBeGreaterThan(1);
});

test('hält das Szenario in der URL und stellt es beim Laden wieder her', async ({ page }) => {
  const lab = await openLab(page, '?lb-algo=ipHash&lb-n=6&lb-rate=120&lb-cmp=random');
  await expect(lab.getByLabel('Algorithmus')).toHaveValue('ipHash');
  await expect(lab.getByLabel('Vergleichen mit')).toHaveValue('random');
  await lab.getByText('Server, Ausfall und Last einstellen').click();
  await expect(lab.getByLabel('Anzahl (1–32)')).toHaveValue('6');
  const rate = lab.getByLabel('Anfragen pro Sekunde');
  await expect(rate).toHaveValue('120');
  await rate.fill('250');
  await rate.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('lb-rate')).toBe('250');
  const url = page.url();
  const again = await openLab(page, new URL(url).search);
  await again.getByText('Server, Ausfall und Last einstellen').click();
  await expect(again.getByLabel('Anfragen pro Sekunde')).toHaveValue('250');
  await expect(again.getByLabel('Algorithmus')).toHaveValue('ipHash');
  await expect(again.getByLabel('Anzahl (1–32)')).toHaveValue('6');
});

test('die Voreinstellung steht in der URL, und ihre Erklärung passt immer zu den Einstellungen', async ({
  page,
}) => {
  const lab = await openLab(page);
  await lab.getByLabel('Voreinstellung').selectOption('nat');
  await expect.poll(() => new URL(page.url()).search).toBe('?lb-preset=nat');
  const again = await openLab(page, '?lb-preset=nat');
  await expect(again.getByLabel('Voreinstellung')).toHaveValue('nat');
  await expect(again.getByLabel('Algorithmus')).toHaveValue('ipHash');
  await expect(again.getByTestId('lab-preset-note')).toContainText('IP-Hash schickt sie alle');
  // Another algorithm is no longer the preset: its explanation goes, the URL lists the settings.
  await again.getByLabel('Algorithmus').selectOption('random');
  await expect(again.getByTestId('lab-preset-note')).toHaveCount(0);
  await expect(again.getByLabel('Voreinstellung')).toHaveValue('eigene');
  await expect.poll(() => new URL(page.url()).searchParams.get('lb-hot')).toBe('40');
  expect(new URL(page.url()).searchParams.get('lb-preset')).toBeNull();
});

test('meldet ungültige URL-Werte auf Deutsch und nimmt die Standardwerte', async ({ page }) => {
  const lab = await openLab(page, '?lb-n=abc&lb-rate=-5&lb-algo=schnellster');
  const message = lab.getByTestId('lab-url-errors');
  await expect(message).toContainText('URL-Parameter „lb-n“: „abc“ ist ungültig');
  await expect(message).toContainText('Verwendet wird der Standardwert 4');
  await expect(message).toContainText('„lb-rate“');
  await expect(message).toContainText('„lb-algo“');
  await expect(lab.getByLabel('Algorithmus')).toHaveValue('roundRobin');
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(lab).not.toContainText('NaN');
  await expect(lab).not.toContainText('undefined');
});

test('liest Formularfelder wie die Adresse: kein toter Zustand, Listen mit Semikolon', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByText('Server, Ausfall und Last einstellen').click();
  await lab.locator('#lb-down').selectOption('4');
  const servers = lab.getByLabel('Anzahl (1–32)');
  await servers.fill('2');
  await servers.press('Enter');
  // The same reader as for a shared link: a German note naming the field, and no server fails.
  await expect(lab.getByTestId('lab-url-errors')).toContainText('Feld „Server fällt aus“');
  await expect(lab.locator('#lb-down')).toHaveValue('0');
  await expect(lab.getByRole('button', { name: 'Abspielen' })).toBeEnabled();
  // A decimal comma stays a decimal comma: items are separated by semicolons.
  const speeds = lab.getByLabel(/^Geschwindigkeiten/);
  await speeds.fill('1,5; 2');
  await speeds.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('lb-v')).toBe('1.5,2');
  await expect(speeds).toHaveValue('1,5; 2');
  await speeds.fill('1,5,2');
  await speeds.press('Enter');
  await expect(lab.locator('#lb-field-v-error')).toContainText('durch Semikolons getrennt');
  expect(new URL(page.url()).searchParams.get('lb-v')).toBe('1.5,2');
});

test('zeigt bei reduzierter Bewegung keine fliegenden Anfragen, aktualisiert aber die Zahlen', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = await openLab(page);
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  await expect(async () => expect(await value(page, 'roundRobin', 'served')).toBeGreaterThan(0)).toPass();
  // Nothing drawn between balancer and servers while it plays (a few checks over two seconds),
  // while the worker bars still fill.
  const view = lab.locator('.lb-view-box');
  for (let k = 0; k < 4; k++) {
    expect(await flightInk(view)).toBe(0);
    await page.waitForTimeout(500);
  }
  await expect.poll(async () => Math.max(...(await workerFills(view)).map((s) => s.fill))).toBeGreaterThan(0);
  await lab.getByRole('button', { name: 'Pause' }).click();
});

test('zeigt ohne reduzierte Bewegung fliegende Anfragen', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  await expect.poll(() => flightInk(lab.locator('.lb-view-box'))).toBeGreaterThan(0);
});

test('füllt jeden Worker-Balken so weit, wie die Zahl daneben sagt', async ({ page }) => {
  // Heterogene Server, 1.5 s in steps: the canvas fills running ÷ workers of each worker bar, the
  // status text names the same numbers.
  const lab = await openLab(page, '?lb-preset=heterogen');
  for (let k = 0; k < 6; k++) await lab.getByRole('button', { name: /Schritt/ }).click();
  await expect(lab.getByTestId('lb-clock')).toContainText('Simulierte Zeit: 1,5 s');
  const check = async () => {
    for (const view of await lab.locator('.lb-view-box').all()) {
      const servers = await workerFills(view);
      expect(servers).toHaveLength(4);
      for (const { fill, status } of servers) {
        const [running, workers] = status.split(' ')[0].split('/').map(Number);
        expect(fill, status).toBeCloseTo(running / workers, 1);
      }
      // The run is under way: some server works.
      expect(servers.some((s) => s.fill > 0)).toBe(true);
    }
  };
  await check();
  // While it plays: bars and numbers show the same moment in every sample (canvas and text are
  // read in one task, so no refresh falls between them).
  await lab.getByRole('button', { name: 'Abspielen' }).click();
  for (let k = 0; k < 8; k++) {
    await page.waitForTimeout(170);
    await check();
  }
  // Paused after playing: the canvas stands where the numbers do (no frame runs on after "Pause").
  await lab.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(300);
  await check();
});

test('das Labor hat keine axe-Verstöße (WCAG 2.2 AA), hell und dunkel', async ({ page }) => {
  await openLab(page, '?lb-cmp=leastConnections');
  await page.locator('.lb-lab').getByText('Server, Ausfall und Last einstellen').click();
  expect(await axeInBothSchemes(page, (axe) => axe.include('.lb-lab'))).toEqual([]);
});
