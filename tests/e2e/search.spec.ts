import { at, expect, search, test } from './fixtures.ts';

test('die Suche findet über deutsche Wortstämme: „Servern“ findet Seiten mit „Server“', async ({ page }) => {
  await page.goto(at('/'));
  const shown = await search(page, 'Servern');
  expect(shown.length, 'Treffer in der Suchoberfläche').toBeGreaterThan(0);

  // All hits, through the same Pagefind index the UI uses: without stemming, "Servern" would match
  // only pages that contain that very word form.
  const pages = await page.evaluate(async (script) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}${script}`);
    const { results } = await pagefind.search('Servern');
    return Promise.all(
      results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => result.data()),
    );
  }, at('/pagefind/pagefind.js'));
  const onlySingular = pages.filter(
    ({ content }) => /\bServer\b/.test(content) && !/\bServern\b/.test(content),
  );
  expect(onlySingular.length, 'Treffer, die nur „Server“ enthalten').toBeGreaterThan(0);
});
