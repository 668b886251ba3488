// A lab's source panel fetches its listing (src/pages/quelltext/[lab].json.ts) only when a reader
// opens it, from under the site's base path (which is why this runs in the sub-path build too),
// says in German when that fails, and tries again on request.
import { at, expect, test } from './fixtures.ts';
import { embedPath, LABS, sourcesPath } from '../../src/lib/labs.ts';

const caching = LABS.find((lab) => lab.id === 'caching')!;

test(
  'Quelltext eines Labors: erst beim Aufklappen geladen, unter dem Basispfad, mit Meldung bei Fehlern',
  { tag: '@unterpfad' },
  async ({ page }) => {
    const listing = at(sourcesPath(caching));
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(sourcesPath(caching))) requested.push(new URL(request.url()).pathname);
    });
    // The first answer is what a stale cache or a broken host may send instead (an HTML page); the
    // second is held until the test has seen the loading note, then the real file goes through.
    let answer: 'broken' | 'held' = 'broken';
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${listing}`, async (route) => {
      if (answer === 'broken')
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Fehler' });
      await released;
      return route.fallback();
    });

    await page.goto(at(embedPath(caching)));
    const lab = page.locator('.c-lab');
    await expect(lab).toBeVisible({ timeout: 15_000 });
    // Hydrated and idle, the closed panel has fetched nothing and holds no code.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
    const source = lab.locator('.lab-source');
    expect(requested).toEqual([]);
    await expect(source.locator('[data-lab-source]')).toHaveCount(0);

    // Opened by keyboard: one request; the broken answer gives a German note and no code.
    await source.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(source.getByRole('alert')).toContainText('Der Quelltext konnte nicht geladen werden');
    await expect(source.locator('[data-lab-source]')).toHaveCount(0);
    expect(requested).toEqual([listing]);

    // „Erneut versuchen“: the loading note while the file comes, then FIFO's file (the default).
    answer = 'held';
    await source.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(source.getByRole('status')).toHaveText('Der Quelltext wird geladen …');
    release();
    const fifo = source.locator('[data-lab-source="fifo"]');
    await expect(fifo.locator('pre')).toBeVisible();
    await expect(fifo).toContainText('src/sim/caching/fifo.ts');
    await expect(fifo).toContainText('export class FifoCache');
    await expect(source.getByRole('alert')).toHaveCount(0);
    await expect(source.getByRole('status')).toHaveText('');

    // Another policy shows its file from the same download.
    await lab.getByLabel(/^Strategie/).selectOption('opt');
    await expect(source.locator('[data-lab-source="opt"]')).toContainText('export class OptCache');
    await expect(fifo).toBeHidden();
    expect(requested).toEqual([listing, listing]);
  },
);
