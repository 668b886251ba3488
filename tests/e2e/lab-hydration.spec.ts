// A lecturer links one experiment of a lab (`#versuch-caching-3`). The jump lands below the top of
// the lab's frame, where the island's zero-height root sits: the lab must still come to life without
// the reader scrolling back up (client:lab watches the whole frame, src/integrations/lab-hydration/).
import { LABS, experimentId } from '../../src/lib/labs.ts';
import { at, expect, test } from './fixtures.ts';

test.use({ viewport: { width: 375, height: 700 } });

for (const lab of LABS) {
  test(`${lab.title}: ein Link auf den letzten Versuch lädt das Labor, ohne zu scrollen`, async ({
    page,
  }) => {
    const last = experimentId(lab, lab.experiments.length);
    await page.goto(at(`${lab.page}#${last}`));
    const frame = page.locator(`.lab-frame[data-lab="${lab.id}"]`);
    // The jump really passed the island's root (the frame's first child) by more than the 200 px
    // margin client:visible would have allowed.
    const frameTop = await frame.evaluate((element) => element.getBoundingClientRect().top);
    expect(frameTop).toBeLessThan(-200);
    await expect(frame).toHaveAttribute('data-hydrated', '', { timeout: 15_000 });
  });
}
