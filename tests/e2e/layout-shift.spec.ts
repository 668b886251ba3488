import { at, expect, test } from './fixtures.ts';

test('„Auf dieser Seite“ steht schon an seinem Platz, solange die Hauptspalte noch lädt', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const path = at('/systemdesign/load-balancing/');
  const place = () =>
    page.locator('.right-sidebar').evaluate((element) => {
      const { x, width } = element.getBoundingClientRect();
      return { x: Math.round(x), width: Math.round(width) };
    });
  await page.goto(path);
  const loaded = await place();
  expect(loaded.x, 'rechte Spalte rechts').toBeGreaterThan(900);

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
