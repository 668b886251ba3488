import AxeBuilder from '@axe-core/playwright';
import { at, builtPages, expect, test, useTheme } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  for (const path of builtPages()) {
    test(`${path}: axe findet keine WCAG-2.2-AA-Verstöße (${theme})`, async ({ page }) => {
      // The handout holds the whole chapter: axe needs longer there.
      if (path === '/handout/' || path === '/fuer-lehrende/') test.slow();
      await useTheme(page, theme);
      await page.goto(at(path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const report = violations.map(
        ({ id, help, nodes }) =>
          `${id}: ${help}\n    ${nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      );
      expect(report, 'axe-Verstöße').toEqual([]);
    });
  }
}
