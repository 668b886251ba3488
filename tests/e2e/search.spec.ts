import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Opens Starlight's search dialog, types a query and returns the result titles in order. */
export async function search(page: Page, query: string): Promise<{ title: string; href: string }[]> {
  if (!(await page.locator('dialog[open]').count())) {
    await page.getByRole('button', { name: 'Suchen' }).click();
  }
  const input = page.getByRole('textbox', { name: 'Suchen' });
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__message')).toContainText(query);
  return results.evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
      return { title: link?.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? '' };
    }),
  );
}

test('die Suche findet über deutsche Wortstämme: „Servern“ findet Seiten mit „Server“', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, 'Servern');
  // Without stemming, "Servern" matches only pages that contain that very word form.
  const onlySingular: string[] = [];
  for (const { href } of results) {
    await page.goto(href);
    const text = (await page.locator('main').textContent()) ?? '';
    if (/\bServer\b/.test(text) && !/\bServern\b/.test(text)) onlySingular.push(href);
  }
  expect(onlySingular, 'Treffer, die nur „Server“ enthalten').not.toEqual([]);
});
