import { at, axeInBothSchemes, axeOn, expect, test } from './fixtures.ts';

// Every page is checked with axe in pages.spec (light with every WCAG 2.2 A/AA rule, then dark with
// the rules that depend on colour, in the same visit: axeInBothSchemes). Here: that check itself
// finds what it should.

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

test('die Prüfung selbst: ein Text, der nur im dunklen Schema kaum lesbar ist, fällt dunkel auf', async ({
  page,
}) => {
  await page.goto(at('/einfuehrung/'));
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.id = 'nur-dunkel-blass';
    faint.textContent = 'Im Dunkeln kaum lesbar';
    document.querySelector('main')!.prepend(faint);
    const style = document.createElement('style');
    style.textContent = `#nur-dunkel-blass { color: #000; background: #fff; }
      :root[data-theme='dark'] #nur-dunkel-blass { color: #333; background: #222; }`;
    document.head.append(style);
  });
  const found = await axeInBothSchemes(page, (axe) => axe.include('#nur-dunkel-blass'));
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^dunkel: color-contrast: [\s\S]*#nur-dunkel-blass/);
});
