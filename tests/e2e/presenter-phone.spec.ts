// The presenter view on a phone (?ansicht=referent at 320–414 px): the lecturer who steers the
// lecture from the phone sees the current slide, the timer and the notes, scrolls only downwards,
// and hits every control with a thumb (at least 44 × 44 px, WCAG 2.5.5).
import { at, expect, test } from './fixtures.ts';

const DECK = '/vortrag/systemdesign/caching/';

test('Referentenansicht auf dem Telefon (375 px): Folie, Timer und Notizen lesbar, nichts seitwärts, Bedienelemente ≥ 44 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(at(`${DECK}?ansicht=referent#verdraengungsstrategien`));
  await expect(page.locator('.deck[data-deck][data-deck-ready]')).toBeVisible();
  const panel = page.locator('[data-presenter]');
  await expect(panel).toBeVisible();

  // No sideways scrolling, for the page or any part of it.
  const wide = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    parts: [...document.querySelectorAll<HTMLElement>('.deck, [data-presenter], [data-presenter] *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => !element.closest('[data-next]')) // the still copy is clipped by its frame
      .map((element) => element.className || element.tagName),
  }));
  expect(wide).toEqual({ page: 0, parts: [] });

  // The current slide fills the width and shows first.
  const slide = await page.locator('[data-deck] [data-slide].is-current').boundingBox();
  expect(slide!.width).toBeGreaterThan(330);
  expect(slide!.y).toBeLessThan(100);

  // Timer and clock: in large figures, right below the deck, without scrolling.
  for (const selector of ['[data-timer]', '[data-clock]']) {
    const time = panel.locator(selector);
    await expect(time).toBeInViewport();
    expect(
      await time.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(20);
  }

  // The notes: body-sized text in the page's flow (no box of their own to scroll), before the next slide.
  const notes = panel.locator('[data-notes]');
  await notes.scrollIntoViewIfNeeded();
  await expect(notes).toBeInViewport();
  expect(
    await notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
  ).toBeGreaterThanOrEqual(16);
  const [notesTop, nextTop] = await Promise.all([
    notes.evaluate((element) => element.getBoundingClientRect().top),
    panel.locator('[data-next]').evaluate((element) => element.getBoundingClientRect().top),
  ]);
  expect(notesTop).toBeLessThan(nextTop);

  // Every control: at least 44 × 44 px.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.deck-controls :is(button, a), [data-presenter] button')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ name: element.textContent?.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ name, box }) => `${name}: ${Math.round(box.width)} × ${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);

  // And they still work: the next-slide button turns the slide.
  const position = page.locator('[data-position]');
  const before = Number(/Folie (\d+)/.exec(await position.innerText())?.[1]);
  await page.locator('.deck-controls [data-deck-action="next"]').click();
  await expect(position).toHaveText(new RegExp(`^Folie ${before + 1} von \\d+$`));
});
