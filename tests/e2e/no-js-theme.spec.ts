// Without JavaScript the system colour scheme decides (issue 19): pages and embeds say
// data-theme="auto" and CSS alone picks light or dark, the diagrams included. With JavaScript the
// theme script replaces "auto" at once (a11y.spec and diagrams.spec cover that side).
import type { Page } from '@playwright/test';
import { LABS } from '../../src/lib/labs.ts';
import { at, expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

async function colours(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const label = document.querySelector('.mermaid-diagram svg .nodeLabel, .mermaid-diagram svg text');
    return {
      background: body.backgroundColor,
      text: body.color,
      diagramText: label
        ? label instanceof SVGElement && label.tagName === 'text'
          ? getComputedStyle(label).fill
          : getComputedStyle(label).color
        : '',
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`ohne JavaScript, System ${scheme === 'light' ? 'hell' : 'dunkel'}: Seite und Diagramm folgen ihm`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(at('/'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    const { background, text, diagramText } = await colours(page);
    expect(diagramText, 'Diagrammbeschriftung gefunden').not.toBe('');
    if (scheme === 'light') {
      expect(luminance(background)).toBeGreaterThan(0.8);
      expect(luminance(text)).toBeLessThan(0.2);
      expect(luminance(diagramText)).toBeLessThan(0.3);
    } else {
      expect(luminance(background)).toBeLessThan(0.1);
      expect(luminance(text)).toBeGreaterThan(0.4);
      expect(luminance(diagramText)).toBeGreaterThan(0.5);
    }
  });
}

test('ohne JavaScript: die Einbettung folgt dem System, ?theme= braucht ein Skript', async ({ page }) => {
  const lab = LABS[0];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at(`/embed/${lab.id}/?theme=dark`));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  expect(
    luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)),
  ).toBeGreaterThan(0.8);
});
