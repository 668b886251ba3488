import { at, builtPages, expect, isLoopback, test } from './fixtures.ts';

for (const path of builtPages()) {
  test(`${path}: Grundgerüst einer Seite`, async ({ page }) => {
    const response = await page.goto(at(path));
    expect(response?.status(), 'HTTP-Status').toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('h1'), 'genau eine h1').toHaveCount(1);
    expect((await page.title()).trim(), 'Titel').not.toBe('');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.trim(), 'meta description').toBeTruthy();

    // Anchors must be unique, or a link to a section can land in the wrong place.
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'doppelte ids',
    ).toEqual([]);

    // Resource hints would open connections before any request is made.
    const hints = await page
      .locator(
        'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"]',
      )
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(
      hints.filter((href) => !isLoopback(href)),
      'Verbindungshinweise zu fremden Hosts',
    ).toEqual([]);
  });
}
