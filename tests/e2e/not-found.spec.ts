import { test as base, expect } from '@playwright/test';
import { at } from './fixtures.ts';

// The base test: the browser itself logs the 404 of the document, which is expected here.
base('eine unbekannte Adresse zeigt eine deutsche 404-Seite, die weiterhilft', async ({ page }) => {
  const response = await page.goto(at('/gibt-es-nicht/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page).toHaveURL(new RegExp(`${at('/')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verteilte Softwaresysteme');
});
