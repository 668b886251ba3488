import { REDIRECTS } from '../../src/lib/redirects.ts';
import { at, axeOn, builtPages, expect, test, useTheme, withDeckSamples } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The theme changes colours only (Starlight's data-theme custom properties; one SVG per diagram):
// the light run checks every rule, the dark run the rules that depend on colour.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
// A redirect page (short link) opens its destination, which is checked as itself; of the decks, the
// samples (see withDeckSamples).
const PAGES = withDeckSamples(builtPages()).filter((path) => !Object.hasOwn(REDIRECTS, path));

for (const theme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    const what = theme === 'light' ? 'WCAG-2.2-AA-Verstöße' : 'Kontrastfehler';
    test(`${path}: axe findet keine ${what} (${theme})`, async ({ page }) => {
      // The handout holds the whole chapter: axe needs longer there.
      if (path === '/handout/' || path === '/fuer-lehrende/') test.slow();
      await useTheme(page, theme);
      await page.goto(at(path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Judge every part of the page as a reader sees it once scrolled there: content that
      // `content-visibility: auto` skips (off-screen diagrams, link tables, handout parts) has no
      // layout, and axe misjudges it (e.g. target-size, scrollable-region-focusable). Forcing it to
      // render does not weaken the check: every element is still in the DOM and still checked by
      // every rule, now fully laid out, as it is for the reader.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const axe = axeOn(page);
      const { violations } = await (
        theme === 'light' ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)
      ).analyze();
      const report = violations.map(
        ({ id, help, nodes }) =>
          `${id}: ${help}\n    ${nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      );
      expect(report, 'axe-Verstöße').toEqual([]);
    });
  }
}

test('die Prüfung selbst: axe meldet einen Kontrastfehler auf der Seite und in einem eingebetteten Rahmen derselben Herkunft', async ({
  page,
}) => {
  // axeOn runs axe in legacy mode (fixtures.ts): this proves it still looks into same-origin frames.
  await page.goto(at('/einfuehrung/'));
  await page.evaluate((src) => {
    const faint = document.createElement('p');
    faint.id = 'blass';
    faint.textContent = 'Kaum lesbarer Text';
    faint.style.cssText = 'color: #eee; background: #fff';
    const frame = document.createElement('iframe');
    frame.title = 'Eingebettetes Labor';
    frame.src = src;
    document.querySelector('main')!.prepend(faint, frame);
  }, at('/embed/caching/'));
  const frame = page.frameLocator('iframe[title="Eingebettetes Labor"]');
  await frame.locator('main').first().waitFor();
  await frame
    .locator('main')
    .first()
    .evaluate((main) => {
      const faint = document.createElement('p');
      faint.id = 'blass-im-rahmen';
      faint.textContent = 'Auch im Rahmen kaum lesbar';
      faint.style.cssText = 'color: #eee; background: #fff';
      main.prepend(faint);
    });
  const { violations } = await axeOn(page).withRules(['color-contrast']).analyze();
  const targets = violations.flatMap(({ nodes }) => nodes.map((node) => node.target.join(' ')));
  expect(targets).toContain('#blass');
  expect(targets.some((target) => target.includes('#blass-im-rahmen'))).toBe(true);
});
