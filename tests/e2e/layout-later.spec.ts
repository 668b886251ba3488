import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures.ts';

// Prose below the first screen is laid out only after the page has shown itself, at the reader's
// first move or when the page is idle (src/components/reading/layout-later.ts). Until then skipped
// blocks hold an estimated height; a jump that is no anchor link must still land and stay.

const LONG = ['/systemarchitektur/kommunikation/', '/glossar/'];

/** Opens `path` with the idle callback held back, so the page stays in its first, deferred state. */
async function openDeferred(page: Page, path: string) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto(at(path));
  await expect(page.locator(':root[data-layout-later]')).toHaveCount(1);
}

/** Marks the element at the window's upper edge (below the header and the phone's contents bar,
 *  where the page's scroll padding ends); returns its top. */
async function markTop(page: Page) {
  return page.evaluate(() => {
    document.querySelector('[data-mark]')?.removeAttribute('data-mark');
    const edge = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
    const element = document.elementFromPoint(innerWidth / 2, edge + 8)!;
    element.setAttribute('data-mark', '');
    return element.getBoundingClientRect().top;
  });
}

/** The marked element's top now. */
const markedTop = (page: Page) =>
  page.locator('[data-mark]').evaluate((element) => element.getBoundingClientRect().top);

test('Absätze weiter unten werden erst gesetzt, wenn die Seite steht, dann alle', async ({ page }) => {
  await openDeferred(page, '/glossar/');
  // Blocks whose content is skipped: the glossary's letters, each headed by its h2.
  const skipped = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('.sl-markdown-content > .glossary-letter > h2')].filter(
          (heading) => !heading.checkVisibility({ contentVisibilityAuto: true }),
        ).length,
    );
  // Skipped, not hidden: the page's text stays in the accessibility tree and is findable.
  expect(await skipped()).toBeGreaterThan(5);
  await expect(page.getByRole('definition').last()).toBeAttached();
  await page.mouse.move(10, 300);
  await page.mouse.down();
  await expect(page.locator(':root[data-layout-later]')).toHaveCount(0);
  expect(await skipped()).toBe(0);
});

test('eine Seite ohne Eingabe wird gesetzt, sobald sie untätig ist', async ({ page }) => {
  await page.goto(at('/glossar/'));
  await expect(page.locator(':root[data-layout-later]')).toHaveCount(0);
});

test('nur das Scrollen der Seite selbst setzt sie, nicht das der Seitenleiste', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeferred(page, '/glossar/');
  const sidebar = page.locator('.sidebar-pane');
  await sidebar.evaluate(async (pane) => {
    pane.scrollTop = 200;
    await new Promise((resolve) => pane.addEventListener('scroll', resolve, { once: true }));
  });
  expect(await sidebar.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
  await expect(page.locator(':root[data-layout-later]')).toHaveCount(1);
  await page.evaluate(() => scrollTo(0, 400));
  await expect(page.locator(':root[data-layout-later]')).toHaveCount(0);
});

test('Neu laden und Zurück stellen die Leseposition her: dort wird die Seite gleich ganz gesetzt', async ({
  page,
}) => {
  // Whether the page started deferred, read before the browser restores a scroll position.
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      document.body.dataset.startedDeferred = String(
        document.documentElement.hasAttribute('data-layout-later'),
      );
    });
  });
  const started = () => page.locator('body').getAttribute('data-started-deferred');
  await openDeferred(page, '/glossar/');
  expect(await started()).toBe('true');
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  await page.reload();
  expect(await started()).toBe('false');
  await page.goto(at('/quellen/'));
  await page.goBack();
  await expect(page).toHaveURL(/\/glossar\/$/);
  expect(await started()).toBe('false');
});

for (const path of LONG) {
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ]) {
    test(`Sprünge ohne Anker landen und bleiben: ${path} (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const moved: string[] = [];

      // A script scrolls a heading into view, as a search hit does: the middle one and the last.
      await openDeferred(page, path);
      const ids = await page.evaluate(() => {
        const headings = [
          ...document.querySelectorAll('.sl-markdown-content :is(h2, h3, .glossary-entry)[id]'),
        ];
        return [headings[Math.floor(headings.length / 2)]!.id, headings.at(-1)!.id];
      });
      for (const id of ids) {
        const jump = await page.evaluate((id) => {
          const target = document.getElementById(id)!;
          target.scrollIntoView({ block: 'start', behavior: 'instant' });
          return target.getBoundingClientRect().top;
        }, id);
        await page.waitForTimeout(300);
        const later = await page.evaluate(
          (id) => document.getElementById(id)!.getBoundingClientRect().top,
          id,
        );
        if (Math.abs(later - jump) > 2) moved.push(`scrollIntoView #${id}: ${Math.round(later - jump)} px`);
      }

      // The scrollbar dragged to two thirds: what the reader sees there stays put.
      await openDeferred(page, path);
      await page.evaluate(async () => {
        scrollTo(0, (document.documentElement.scrollHeight * 2) / 3);
        // What the reader sees is the first frame drawn there.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const seen = await markTop(page);
      await page.waitForTimeout(300);
      const after = await markedTop(page);
      if (Math.abs(after - seen) > 2) moved.push(`Scrollbalken: ${Math.round(after - seen)} px`);

      // Back up by the wheel: the page moves by what the wheel turned, nothing more.
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      const before = await page.evaluate(() => scrollY);
      const mark = await markTop(page);
      await page.mouse.wheel(0, -400);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(before);
      await page.waitForTimeout(300);
      const turned = before - (await page.evaluate(() => scrollY));
      const shift = (await markedTop(page)) - mark - turned;
      if (Math.abs(shift) > 2) moved.push(`Mausrad: ${Math.round(shift)} px mehr als gedreht`);

      // The End key: the end of the text comes into view, and stays.
      await openDeferred(page, path);
      await page.keyboard.press('End');
      const lastBlock = page.locator('.sl-markdown-content > :last-child');
      await expect(lastBlock).toBeInViewport();
      await page.waitForTimeout(300);
      if (
        !(await lastBlock.isVisible()) ||
        (await lastBlock.evaluate((block) => block.getBoundingClientRect().bottom > innerHeight))
      )
        moved.push('Ende-Taste: das Ende des Textes ist nicht zu sehen');

      expect(moved).toEqual([]);
    });
  }
}
