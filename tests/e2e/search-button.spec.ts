import { at, expect, test } from './fixtures.ts';

// Stock Starlight labels the button "Suchen" but shows "Suchen Strg K" (axe: label-content-name-mismatch).
test('der Such-Button heißt so, wie er beschriftet ist, und öffnet mit Strg+K', async ({ page }) => {
  await page.goto(at('/'));
  const button = page.getByRole('button', { name: 'Suchen', exact: true });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
  // The search script enables the button once its shortcut listener is in place.
  await expect(button).toBeEnabled();
  // Pagefind's UI is created once the page is idle; the shortcut focuses its field from then on.
  await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: 'Suchen' })).toBeFocused();
});
