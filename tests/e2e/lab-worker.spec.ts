// Long lab runs compute in the labs' Web Worker (src/components/lab/worker/): the page shows how far
// the run got and keeps answering the reader meanwhile. No timing thresholds here: the claim is the
// order of events (a click is handled while the run is still out); speed lives in npm run bench. To
// make "while" certain on any machine, the test holds the worker's script until after the click: the
// run is then still pending however fast the machine computes.
import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures.ts';

const WORKER_SCRIPT = /engine\.worker-[^/]*\.js$/;

/**
 * Holds the labs' worker script until `release()`: a run that needs the worker is then certainly
 * still pending, however fast the machine computes. `workerRequested` settles once the page asks for it.
 */
async function holdWorker(page: Page) {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.context().route(WORKER_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  return { release, workerRequested: page.waitForRequest(WORKER_SCRIPT) };
}

// The caching lab at its documented limits: 500,000 accesses over 100,000 keys, four policies
// (OPT included), then the hierarchy on the same trace.
const LONG_RUN =
  '/systemdesign/caching/?c.mode=run&c.len=500000&c.keys=100000&c.size=5000&c.policy=lru&c.cmp=lfu,fifo,opt';

test('ein langer Lauf zeigt seinen Fortschritt, und die Seite reagiert währenddessen auf Klicks', async ({
  page,
}) => {
  const { release, workerRequested } = await holdWorker(page);
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

// The message-queue lab's run (src/sim/queue) computes in the same worker: while the worker's script
// is held, the lab shows its controls and the progress note, and the reader can already change a
// setting; once the worker answers, the run's figures appear. The hockey stick's seven long runs go
// there too, when the reader opens it.
test('der Lauf des Message-Queue-Labors rechnet im Worker, die Einstellungen reagieren währenddessen', async ({
  page,
}) => {
  const { release, workerRequested } = await holdWorker(page);
  await page.goto(at('/systemarchitektur/eventgesteuerte-architektur/?q.orders=20000'));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.q-lab');
  await workerRequested;
  // The run waits for the worker: progress, no figures yet, and the form answers.
  await expect(lab.getByTestId('q-run-progress')).toBeAttached();
  await expect(lab.locator('[data-metric="accepted"]')).toHaveCount(0);
  const bakers = lab.locator('#q-field-bakers');
  await bakers.fill('4');
  await bakers.press('Enter');
  await expect(page).toHaveURL(/q\.bakers=4/);
  await expect(lab.locator('[data-metric="accepted"]')).toHaveCount(0);
  release();
  // The worker answers the latest settings: 20,000 orders, four bakers, nothing refused.
  await expect(lab.locator('[data-metric="accepted"]')).toHaveText('20.000', { timeout: 60_000 });
  await expect(lab.getByTestId('q-run-progress')).toHaveCount(0);
  await lab.getByText('Wartezeit je Auslastung (die „Hockeyschläger“-Kurve)').click();
  await expect(lab.locator('svg[aria-labelledby^="q-hockey"]')).toBeVisible({ timeout: 60_000 });
});

// "Bis zum Ende" in the load-balancing lab at its limits (20,000 requests, two algorithms) runs in
// slices (stagger.ts): a click that arrives right after it is handled before the run has ended. The
// page logs, in order, the click and the moment the clock says "fertig"; with the whole run in the
// click's own task (as before), "fertig" would come first.
test('„Bis zum Ende“ im Load-Balancing-Labor lässt Klicks vor dem Ende des Laufs durch', async ({ page }) => {
  await page.goto(at('/systemdesign/load-balancing/?lb-count=20000&lb-cmp=leastConnections'));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.lb-lab');
  await expect(lab.getByTestId('lb-clock')).toContainText('von 20000 Anfragen');
  const order = await lab.evaluate(async (root) => {
    const log: string[] = [];
    const clock = root.querySelector('[data-testid="lb-clock"]')!;
    const ended = new Promise<void>((done) =>
      new MutationObserver(() => {
        if (clock.textContent?.includes('fertig') && !log.includes('fertig')) {
          log.push('fertig');
          done();
        }
      }).observe(clock, { childList: true, subtree: true, characterData: true }),
    );
    const buttons = [...root.querySelectorAll('button')];
    const toEnd = buttons.find((b) => b.textContent?.includes('Bis zum Ende'))!;
    const speed = root.querySelector('select[id$="speed"], select')!;
    speed.addEventListener('click', () => log.push('klick'));
    toEnd.click();
    setTimeout(() => speed.dispatchEvent(new MouseEvent('click', { bubbles: true })), 0);
    await ended;
    return log;
  });
  expect(order).toEqual(['klick', 'fertig']);
  await expect(lab.getByTestId('lb-end-progress')).toHaveCount(0);
  await expect(lab.getByRole('button', { name: 'Bis zum Ende' })).toBeDisabled();
});
