import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures.ts';

// The deck's modes as a lecturer uses them on a projector (review B4, 1280 × 720): P right after
// the deck opens, a black screen that leaves nothing lit, an overview and a key help that fit the
// window, and no focus frame after a mouse click.

const DECK = '/vortrag/kapitel/';

async function openDeck(page: Page, path = DECK) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(at(path));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
}

/** What lies on top at each point: the element's class list, or its tag name. */
const topmost = (page: Page, points: Array<[number, number]>) =>
  page.evaluate(
    (all) =>
      all.map(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit?.className || hit?.tagName || 'nichts';
      }),
    points,
  );

/** The window's corners, the site header's middle and the deck bar's middle, at 1280 × 720. */
const EVERYWHERE: Array<[number, number]> = [
  [0, 0],
  [1279, 0],
  [0, 719],
  [1279, 719],
  [640, 20],
  [640, 700],
];

test('P öffnet die Referentenansicht gleich nach dem Laden, ohne Klick in den Foliensatz', async ({
  page,
  context,
}) => {
  await openDeck(page, '/vortrag/systemdesign/caching/');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.waitForLoadState();
  expect(new URL(presenter.url()).searchParams.get('ansicht')).toBe('referent');
  await presenter.close();
  // In the site's search field P is just a letter.
  await page.locator('[data-deck]').focus();
  const search = page.locator('site-search button, button[data-open-modal]').first();
  if (await search.isVisible()) {
    const pages = context.pages().length;
    await search.focus();
    await page.keyboard.press('p');
    await page.waitForTimeout(300);
    expect(context.pages().length).toBe(pages);
  }
});

test('B macht das ganze Fenster schwarz, auch über Kopfzeile und Leiste, auch im Vollbild', async ({
  page,
}) => {
  await openDeck(page);
  // After a click into the deck, as a lecturer does.
  await page.locator('[data-slide].is-current').click();
  await page.keyboard.press('b');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-black', '');
  expect(await topmost(page, EVERYWHERE)).toEqual(EVERYWHERE.map(() => 'deck-black'));
  // The pixels: the whole screenshot is black.
  const shot = await page.screenshot();
  const { default: UPNG } = await import('upng-js');
  const image = UPNG.decode(
    shot.buffer.slice(shot.byteOffset, shot.byteOffset + shot.byteLength) as ArrayBuffer,
  );
  const rgba = new Uint8Array(UPNG.toRGBA8(image)[0]!);
  let lit = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! > 24) lit += 1;
  expect(lit, 'helle Pixel bei Schwarzbild').toBe(0);
  await page.keyboard.press('b');
  await expect(page.locator('.deck-black')).toBeHidden();

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
  await page.keyboard.press('b');
  expect(await topmost(page, EVERYWHERE)).toEqual(EVERYWHERE.map(() => 'deck-black'));
});

test('die Übersicht (O) füllt das Fenster, und keine Spalte ist abgeschnitten', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('o');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-overview', '');
  // Over the whole window, the site's header included.
  const viewport = await page
    .locator('.deck-viewport')
    .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  expect([viewport.left, viewport.top, viewport.width, viewport.height]).toEqual([0, 0, 1280, 720]);
  const hits = await page.evaluate(
    () => document.elementFromPoint(640, 20)?.closest('.deck-viewport') !== null,
  );
  expect(hits, 'Kopfzeile verdeckt').toBe(true);
  const clipped = await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.deck-viewport')!;
    const right = box.getBoundingClientRect().left + box.clientWidth;
    const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
    const tops = new Set(slides.map((slide) => Math.round(slide.getBoundingClientRect().top)));
    return {
      columns: slides.filter((slide) => Math.round(slide.getBoundingClientRect().top) === [...tops][0])
        .length,
      cut: slides
        .filter((slide) => slide.getBoundingClientRect().right > right + 0.5)
        .map((slide) => slide.getAttribute('aria-label')),
      wider: box.scrollWidth - box.clientWidth,
    };
  });
  expect(clipped.cut, 'abgeschnittene Folien').toEqual([]);
  expect(clipped.wider, 'waagerecht scrollbar').toBeLessThanOrEqual(0);
  expect(clipped.columns).toBeGreaterThanOrEqual(4);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-deck]')).not.toHaveAttribute('data-deck-overview', '');
  // On a phone, too: 16:9 thumbnails inside the window.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.keyboard.press('o');
  const thumbs = await page.evaluate(() =>
    [...document.querySelectorAll('[data-slide]')].slice(0, 4).map((slide) => {
      const { width, height, right } = slide.getBoundingClientRect();
      return { ratio: Math.round((width / height) * 100) / 100, inside: right <= window.innerWidth };
    }),
  );
  expect(thumbs).toEqual(thumbs.map(() => ({ ratio: 1.78, inside: true })));
});

test('die Tastenhilfe (?) steht in der Mitte, jede Taste ein eigenes <kbd> mit Abstand', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Tasten im Vortrag' });
  await expect(help).toBeVisible();
  const box = (await help.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.y + box.height / 2 - 360)).toBeLessThanOrEqual(2);
  const gaps = await help.evaluate((dialog) =>
    [...dialog.querySelectorAll('dt')].flatMap((dt) => {
      const keys = [...dt.querySelectorAll('kbd')].map((kbd) => kbd.getBoundingClientRect());
      return keys.slice(1).flatMap((key, i) => {
        const before = keys[i]!;
        // Side by side in one line: a gap between them; on the next line: below.
        return Math.abs(key.top - before.top) < 1 ? [key.left - before.right] : [key.top - before.bottom];
      });
    }),
  );
  expect(gaps.length).toBeGreaterThan(3);
  expect(Math.min(...gaps), 'Abstand zwischen zwei Tasten (px)').toBeGreaterThanOrEqual(4);
  const first = help.locator('dt').first().locator('kbd');
  await expect(first).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('kein Fokusrahmen um den Foliensatz nach einem Mausklick, aber für die Tastatur', async ({ page }) => {
  await openDeck(page);
  const deck = page.locator('[data-deck]');
  await page.locator('[data-slide].is-current .slide-body').click();
  await expect(deck).toBeFocused();
  const outline = () => deck.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(await outline()).toBe('none');
  // … nor once the lecturer goes on with the keys (Chromium then counts the focus as a keyboard one).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(deck).toBeFocused();
  expect(await outline()).toBe('none');
  // Reached with the keyboard (Tab from the top of the page), the deck shows where the focus is.
  await page.reload();
  await expect(deck).toHaveAttribute('data-deck-ready', '');
  for (let i = 0; i < 40 && !(await deck.evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(deck).toBeFocused();
  expect(await outline()).toBe('solid');
});

// Reader speed (issue 11): the slide a reader opens paints from HTML and CSS alone, while the
// runtime is still loading, in the place where the runtime will show it; the others are not laid out.
for (const [hash, shown] of [
  ['', 'titel'],
  ['#web-caching--3', 'web-caching--3'],
]) {
  test(`vor der Laufzeit steht schon die Folie ${shown} in ihrem Rahmen, sonst keine${hash ? ' (Deep Link)' : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/Deck\.astro_[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(at(`/vortrag/systemdesign/caching/${hash}`), { waitUntil: 'commit' });
    const slide = page.locator(`[data-slide]#${shown}`);
    await expect(slide).toBeVisible();
    await expect(page.locator('[data-deck]')).toHaveJSProperty('dataset.deckReady', undefined);
    const visible = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-slide]')]
          .filter((element) => getComputedStyle(element).display !== 'none')
          .map((element) => element.id),
      );
    expect(await visible()).toEqual([shown]);
    const before = await slide.boundingBox();
    expect(before?.width, 'Folie auf die Breite des Rahmens gezoomt').toBeGreaterThan(1000);
    release();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
    expect(await visible()).toEqual([shown]);
    expect(await slide.boundingBox()).toEqual(before);
  });
}
