import { expect, test } from './fixtures.ts';

// Stock Starlight labels the button "Suchen" but shows "Suchen Strg K" (axe: label-content-name-mismatch).
test('der Such-Button heißt so, wie er beschriftet ist, und öffnet mit Strg+K', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Suchen', exact: true });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: 'Suchen' })).toBeFocused();
});
