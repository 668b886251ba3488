import type { Page } from '@playwright/test';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { at, axeOn, builtPages, expect, test, withDeckSamples } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The theme changes colours only (Starlight's data-theme custom properties; one SVG per diagram):
// each page is checked light with every rule, then switched to dark and checked with the rules that
// depend on colour, in one visit.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
// A redirect page (short link) opens its destination, which is checked as itself; of the decks, the
// samples (see withDeckSamples).
const PAGES = withDeckSamples(builtPages()).filter((path) => !Object.hasOwn(REDIRECTS, path));

/** One frame after the next: styles and layout caught up with the last change. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

type Violation = Awaited<ReturnType<ReturnType<typeof axeOn>['analyze']>>['violations'][number];

const report = (violations: Violation[]) =>
  violations.map(
    ({ id, help, nodes }) =>
      `${id}: ${help}\n    ${nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );

for (const path of PAGES) {
  test(`${path}: axe findet hell keine WCAG-2.2-AA-Verstöße, dunkel keine Kontrastfehler`, async ({
    page,
  }) => {
    // The handout holds the whole chapter: axe needs longer there.
    if (path === '/handout/' || path === '/fuer-lehrende/') test.slow();
    // A first visit: the colour scheme follows the system's ("System" in the picker), here light.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(at(path));
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    // Judge every part of the page as a reader sees it once scrolled there: content that
    // `content-visibility: auto` skips (off-screen diagrams, link tables, handout parts) has no
    // layout, and axe misjudges it (e.g. target-size, scrollable-region-focusable). Forcing it to
    // render does not weaken the check: every element is still in the DOM and still checked by
    // every rule, now fully laid out, as it is for the reader.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await twoFrames(page);
    const light = await axeOn(page).withTags(WCAG_TAGS).analyze();
    // Then the system turns dark and the page follows at once, as every page does (Starlight's
    // picker on "System", the embeds' theme script, the labs' canvas colours): the same page, dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await twoFrames(page);
    const dark = await axeOn(page).withRules(COLOUR_RULES).analyze();
    expect({ hell: report(light.violations), dunkel: report(dark.violations) }, 'axe-Verstöße').toEqual({
      hell: [],
      dunkel: [],
    });
  });
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
