import type { Page } from '@playwright/test';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { at, axeInBothSchemes, expect, test } from './fixtures.ts';

const ENTRIES = getChapter().glossary.entries;
// A page where "Cache-Fehlzugriff" is linked on its first use (src/plugins/glossary-terms.ts).
const PAGE = '/systemdesign/caching/';
const TERM = 'Cache-Fehlzugriff';
const ID = 'cache-fehlzugriff';
const termLink = (page: Page) => page.locator(`.sl-markdown-content a.term-link[href$="/glossar/#${ID}"]`);
const popover = (page: Page) => page.getByRole('dialog', { name: TERM });

test('Glossar: alle Begriffe von A bis Z, jeder mit Anker, Buchstaben führen zu ihren Abschnitten', async ({
  page,
}) => {
  await page.goto(at('/glossar/'));
  const entries = page.locator('.glossary-entry');
  await expect(entries).toHaveCount(ENTRIES.length);
  expect(await entries.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(
    ENTRIES.map(({ id }) => id),
  );
  const letters = page.getByRole('navigation', { name: 'Buchstaben' }).getByRole('link');
  await expect(letters.first()).toHaveText('A');
  await letters.filter({ hasText: /^C$/ }).click();
  await expect(page.locator('#buchstabe-c h2')).toBeInViewport();
});

test('Begriff per Tastatur: Enter öffnet die Erklärung, Esc schließt sie, der Fokus kehrt zurück', async ({
  page,
}) => {
  await page.goto(at(PAGE));
  const link = termLink(page);
  await expect(link).toHaveAttribute('aria-expanded', 'false');
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = popover(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(ENTRIES.find(({ term }) => term === TERM)?.definition ?? '–');
  await expect(dialog).toBeFocused();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  // Tab reaches the dialog's link to the entry and its close button.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('link', { name: 'Zum Eintrag im Glossar' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('aria-expanded', 'false');
});

test.describe('auf dem Handy (320 px, Touch)', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('Tippen öffnet die Erklärung im Bild, Tippen daneben schließt sie, der Link führt zum Eintrag', async ({
    page,
  }) => {
    await page.goto(at(PAGE));
    const link = termLink(page);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const dialog = popover(page);
    await expect(dialog).toBeVisible();
    // Within the visual viewport: the layout viewport of a page can be wider than the phone.
    const inView = await dialog.evaluate((element) => {
      const { left, right } = element.getBoundingClientRect();
      const view = window.visualViewport;
      return !!view && left >= view.offsetLeft && right <= view.offsetLeft + view.width;
    });
    expect(inView, 'ganz im Bild').toBe(true);
    await page.touchscreen.tap(5, 5);
    await expect(dialog).toBeHidden();
    await link.tap();
    await dialog.getByRole('link', { name: 'Zum Eintrag im Glossar' }).tap();
    await expect(page).toHaveURL(new RegExp(`/glossar/#${ID}$`));
    await expect(page.locator(`#${ID}`)).toBeInViewport();
  });
});

test.describe('ohne JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('ist der Begriff ein einfacher Link zum Glossareintrag', async ({ page }) => {
    await page.goto(at(PAGE));
    await termLink(page).click();
    await expect(page).toHaveURL(new RegExp(`/glossar/#${ID}$`));
  });
});

test('offene Erklärung: axe findet keine Verstöße, hell und dunkel', async ({ page }) => {
  await page.goto(at(PAGE));
  await termLink(page).click();
  await expect(popover(page)).toBeVisible();
  expect(await axeInBothSchemes(page, (axe) => axe.include('#term-popover'))).toEqual([]);
  await expect(popover(page)).toBeVisible();
});
