// Long lab runs compute in the labs' Web Worker (src/components/lab/worker/): the page shows how far
// the run got and keeps answering the reader meanwhile. No timing thresholds here: the claim is the
// order of events (a click is handled while the run is still out); speed lives in npm run bench. To
// make "while" certain on any machine, the test holds the worker's script until after the click: the
// run is then still pending however fast the machine computes.
import { at, expect, test } from './fixtures.ts';

// The caching lab at its documented limits: 500,000 accesses over 100,000 keys, four policies
// (OPT included), then the hierarchy on the same trace.
const LONG_RUN =
  '/systemdesign/caching/?c.mode=run&c.len=500000&c.keys=100000&c.size=5000&c.policy=lru&c.cmp=lfu,fifo,opt';

test('ein langer Lauf zeigt seinen Fortschritt, und die Seite reagiert währenddessen auf Klicks', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.context().route(/engine\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const workerRequested = page.waitForRequest(/engine\.worker-[^/]*\.js$/);
  await page.goto(at(LONG_RUN));
  const explanation = page.locator('#lab-caching .lab-experiment-explanation').first();
  // Remember, at the moment the click arrives, whether the run was still computing.
  await explanation.locator('summary').evaluate((summary) => {
    summary.addEventListener('click', () => {
      summary.dataset.clickedDuringRun = String(
        document.querySelector('[data-testid="c-run-progress"]') !== null,
      );
    });
  });
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.c-lab');
  await workerRequested;
  const progress = lab.getByTestId('c-run-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: /Lauf wird berechnet/ })).toBeVisible();
  await expect(lab.getByRole('button', { name: 'Bis zum Ende' })).toBeDisabled();

  await explanation.locator('summary').click();
  await expect(explanation).toHaveAttribute('open', '');
  await expect(explanation.locator('summary')).toHaveAttribute('data-clicked-during-run', 'true');
  release();

  // The run arrives: progress gone, figures for all four policies, playback possible.
  await expect(progress).toHaveCount(0, { timeout: 60_000 });
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  const accesses = lab.locator('[data-testid="c-run-figures"] [data-metric="accesses"]');
  await expect(accesses).toHaveCount(4);
  for (const cell of await accesses.all()) await expect(cell).toHaveAttribute('data-value', '500000');
  // The hierarchy follows on the same trace, also in the worker.
  await expect(lab.getByTestId('c-hier-latency')).toBeVisible({ timeout: 60_000 });
});
