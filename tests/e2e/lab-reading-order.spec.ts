// What a student meets when scrolling down a lab: its controls and results, then at once the guided
// experiments ("Versuche"); the source code that runs waits in a closed panel (review B4-1: the
// message-queue lab's 10,879 px of code stood between the results and the experiments).
import { at, expect, test } from './fixtures.ts';
import { LABS } from '../../src/lib/labs.ts';

/** Room for the closed source panel's one line and the margins around it. */
const MAX_GAP_PX = 150;

for (const lab of LABS) {
  test(`${lab.title}: die Versuche folgen direkt auf die Ergebnisse, der Quelltext ist zugeklappt`, async ({
    page,
  }) => {
    await page.goto(at(lab.page));
    const frame = page.locator(`.lab-frame[data-lab="${lab.id}"]`);
    await frame.scrollIntoViewIfNeeded();
    // Hydrated and done computing: final layout. The source is fetched only when a reader opens the
    // panel, so the closed panel holds none (lab-source-panel.spec).
    const live = frame.locator('.lab-live:not(.lab-pending)');
    await expect(live).toBeVisible({ timeout: 15_000 });
    await expect(frame.locator('.lab-progress')).toHaveCount(0);
    await expect(frame.locator('[data-lab-source]')).toHaveCount(0);

    const source = live.locator('.lab-source');
    await expect(source).not.toHaveAttribute('open');
    await expect(source.locator('[data-lab-source]:not([hidden])')).toBeHidden();
    const gap = await frame.evaluate((root) => {
      const panel = root.querySelector('.lab-source')!;
      // The lowest result above the panel (skipping elements that render nothing).
      let results = 0;
      for (let element = panel.previousElementSibling; element; element = element.previousElementSibling) {
        const box = element.getBoundingClientRect();
        if (box.height > 0) results = Math.max(results, box.bottom);
      }
      return root.querySelector('.lab-experiments')!.getBoundingClientRect().top - results;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(MAX_GAP_PX);

    // By keyboard the panel opens and shows the file that runs.
    await source.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(source).toHaveAttribute('open');
    await expect(source.locator('[data-lab-source]:not([hidden]) pre')).toBeVisible();
  });
}
