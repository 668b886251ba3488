import { at, expect, test } from './fixtures.ts';

// The header's colour-scheme picker shows its German options whole ("System" was "Syst…" at
// 1280 px, review B4-24): the select is at least as wide as its widest option plus the arrow.
test('1280 px: die Farbschema-Wahl zeigt „System“ ganz', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(at('/'));
  const select = page.getByRole('combobox', { name: 'Farbschema wählen' }).first();
  await expect(select).toBeVisible();
  await expect(select.locator('option:checked')).toHaveText('System');
  const room = await select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const widest = Math.max(...[...element.options].map((option) => context.measureText(option.text).width));
    return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - widest;
  });
  expect(room).toBeGreaterThanOrEqual(0);
});
