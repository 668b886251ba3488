import type { Page } from '@playwright/test';
import { at, axeOn, expect, test, WCAG_TAGS } from './fixtures.ts';
import { LABS } from '../../src/lib/labs.ts';

const PAGE = '/systemdesign/skalierungsmuster/';
const lab = LABS.find((entry) => entry.id === 'partitioning')!;

/**
 * Scrolls the island's zero-height root to the top of the viewport, so client:visible fires (an
 * intersection observer never sees an element that a jump scroll passes over).
 */
async function showIsland(page: Page) {
  await page
    .locator('.lab-frame[data-lab="partitioning"] .lab-live')
    .first()
    .evaluate((root) => root.scrollIntoView());
}

/** Opens the page, scrolls to the island's root and waits for the lab. */
async function openLab(page: Page, query = '') {
  await page.goto(at(`${PAGE}${query}`));
  await showIsland(page);
  const root = page.locator('.p-lab');
  await expect(root).toBeVisible();
  return root;
}

const moved = (page: Page, scheme: string) =>
  page.locator(`.p-lab [data-testid="p-schemes"] tr[data-scheme="${scheme}"] td`).first();

test('zeigt vor dem Hydrieren und im Druck die statische Abbildung aus derselben Engine', async ({
  page,
}) => {
  await page.goto(at(PAGE));
  const figure = page.locator('.lab-frame[data-lab="partitioning"] .lab-static');
  // Built at build time: three nodes, a fourth joins; hash mod N moves about three quarters.
  await expect(figure.locator('tr[data-scheme="modN"] td').first()).toHaveText(/^7\d(,\d)? %/);
  await expect(figure.locator('figcaption')).toContainText('K4 kommt zu 3 Knoten hinzu');
  await openLab(page);
  await expect(figure).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(figure).toBeVisible();
  await expect(page.locator('.p-lab')).toBeHidden();
});

test('ein Knoten kommt hinzu und geht: Anteile wandern, Verfahren wechseln, Adresse folgt', async ({
  page,
}) => {
  const root = await openLab(page);
  // Default: ring, 3 nodes, K4 joins. Consistent schemes move about a quarter, mod N three quarters.
  await expect(root.getByTestId('p-summary')).toContainText('K4 kommt zu 3 Knoten hinzu');
  await expect(moved(page, 'jump')).toHaveText(/^2\d(,\d)? %/);
  await expect(moved(page, 'modN')).toHaveText(/^7\d(,\d)? %/);
  await root.getByRole('combobox', { name: /^Verfahren/ }).selectOption('modN');
  await expect(root.getByTestId('p-summary')).toContainText('hash mod N');
  await expect(page).toHaveURL(/p\.scheme=modN/);
  // K2 leaves: with mod N far more than K2's third moves.
  await root.getByRole('combobox', { name: /^Ereignis/ }).selectOption('leave');
  await root.getByRole('combobox', { name: /^Betroffener Knoten/ }).selectOption('2');
  await expect(root.getByTestId('p-summary')).toContainText('K2 geht (von 3 Knoten)');
  await expect(page).toHaveURL(/p\.event=leave/);
  await expect(root.getByTestId('p-nodes').locator('tbody tr').nth(1).locator('td').last()).toHaveText('weg');
  // The URL round-trip: the same address shows the same state.
  const url = page.url();
  await page.goto(url);
  await showIsland(page);
  await expect(page.locator('.p-lab').getByTestId('p-summary')).toContainText('hash mod N: K2 geht');
});

test('Quoren: W + R > N liest nie veraltet; ein ungültiger Wert ergibt einen deutschen Hinweis', async ({
  page,
}) => {
  const root = await openLab(page, '?p.view=quorum&p.qw=5');
  await expect(root.getByTestId('lab-url-errors')).toContainText('Schreibquorum W');
  await expect(root.getByTestId('p-stale')).toHaveText(/^0 \(0 %\)/);
  const w = root.getByLabel('Schreibquorum W');
  await w.fill('1');
  await w.press('Enter');
  const r = root.getByLabel('Lesequorum R');
  await r.fill('1');
  await r.press('Enter');
  await expect(root.getByTestId('p-summary')).toContainText('W + R = 2 ≤ N = 3');
  await expect(root.getByTestId('p-stale')).not.toHaveText(/^0 /);
  await expect(root.getByRole('img', { name: 'Replikate beim Lesen' })).toBeVisible();
});

test('ein Versuch lädt mit einem Klick sein Szenario', async ({ page }) => {
  await openLab(page);
  await page.getByRole('link', { name: 'Versuch 4 laden' }).click();
  await expect(page).toHaveURL(new RegExp(lab.experiments[3]!.setup.slice(1).replaceAll('.', '\\.')));
  await showIsland(page);
  const root = page.locator('.p-lab');
  await expect(root.getByRole('radio', { name: /^Replikation mit Leader/ })).toBeChecked();
  await expect(root.getByTestId('p-summary')).toContainText(
    'sieht die Nutzerin ihre eigene Bestellung nicht',
  );
  await root.getByRole('combobox', { name: /^Lesen/ }).selectOption('leaderAfterWrite');
  await expect(root.getByTestId('p-ryw')).toHaveText('0 Sitzungen');
});

test('die statische Tabelle bei 320 px: ein Block je Verfahren, nichts scrollt seitlich, nichts fehlt', async ({
  browser,
}) => {
  // Before the lab loads (here: without JavaScript) a phone shows the build-time table (WCAG 1.4.10).
  const context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(at(PAGE));
  const box = page.locator('.lab-frame[data-lab="partitioning"] .lab-static .p-schemes-box');
  await box.scrollIntoViewIfNeeded();
  expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  const rows = box.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  // Every value is there, each under its column's name; the column headers stay for screen readers.
  const row = rows.first();
  await expect(row.locator('td')).toHaveCount(3);
  const labels = await row
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  expect(labels.map((label) => label.replace(/\s*\/\s*""$/, ''))).toEqual([
    '"Gewandert: "',
    '"Minimum bei gleicher Last: "',
    '"Last max/Mittel danach: "',
  ]);
  await expect(box.getByRole('columnheader')).toHaveCount(4);
  // Wide enough for the columns (768 px), it stays a table.
  await page.setViewportSize({ width: 768, height: 800 });
  await expect(row.locator('td').first()).toHaveCSS('display', 'table-cell');
  await context.close();
});

test('alle drei Teile ohne axe-Verstöße, 320 px ohne waagerechtes Scrollen', async ({ page }) => {
  test.slow(); // three views, each hydrated and checked by axe
  await page.setViewportSize({ width: 320, height: 800 });
  for (const view of ['place', 'leader', 'quorum']) {
    const root = await openLab(page, `?p.view=${view}&p.event=fail`);
    await expect(root.getByTestId('p-summary')).toBeVisible();
    const { violations } = await axeOn(page).include('.p-lab').withTags(WCAG_TAGS).analyze();
    expect(
      violations.map(({ id, nodes }) => `${view} ${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});

test('„Teil des Labors“: Radios und Legende halten Abstand zum Rahmen des Feldsatzes', async ({ page }) => {
  const root = await openLab(page);
  const fieldset = root.locator('fieldset.p-views');
  const frame = await fieldset.boundingBox();
  const radio = await fieldset.getByRole('radio').first().boundingBox();
  // The border is 1 px; the radio must sit clearly inside it (it overlapped it, review B4-18).
  expect(radio!.x - frame!.x).toBeGreaterThanOrEqual(8);
});
