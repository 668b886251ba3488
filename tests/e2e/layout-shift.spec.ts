import { at, expect, test } from './fixtures.ts';

test('„Auf dieser Seite“ steht schon an seinem Platz, solange die Hauptspalte noch lädt', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const path = at('/systemdesign/load-balancing/');
  // Its left edge, from the window's right edge (a page without its main column has no scrollbar).
  const place = () =>
    page
      .locator('.right-sidebar')
      .evaluate((element) =>
        Math.round(document.documentElement.clientWidth - element.getBoundingClientRect().x),
      );
  await page.goto(path);
  const loaded = await place();
  expect(loaded, 'rechte Spalte rechts, schmaler als die halbe Seite').toBeLessThan(640);
  // On the page as loaded, the rule that holds it right moves nothing: its margin is 0 at any width.
  for (const width of [1152, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.locator('.right-sidebar-container')).toHaveCSS('margin-inline-start', '0px');
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The page as a first frame may see it: the HTML up to the main column, the rest still on its way.
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const cut = html.indexOf('<div class="main-pane');
      expect(cut, 'Hauptspalte im HTML').toBeGreaterThan(0);
      await route.fulfill({ response, body: html.slice(0, cut) });
    },
  );
  await page.goto(path);
  expect(await place()).toEqual(loaded);
});
