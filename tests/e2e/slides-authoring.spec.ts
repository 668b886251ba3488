// The author components of the lecture mode (src/components/SlideBreak.astro, SlidesOnly,
// PageOnly, SpeakerNotes), as the load-balancing page uses them: each does one thing on the page
// and another on the slides.
import type { Locator, Page } from '@playwright/test';
import { deckPath } from '../../src/lib/slides/decks.ts';
import { at, expect, test } from './fixtures.ts';

const PAGE = '/systemdesign/load-balancing/';
const DECK = deckPath('systemdesign/load-balancing');

async function openDeck(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(at(DECK));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
}

/** Makes `slide` the current one (by its deep link) and returns it. */
async function show(page: Page, slide: Locator): Promise<Locator> {
  const id = await slide.getAttribute('id');
  await page.evaluate((hash) => (location.hash = hash), `#${id}`);
  await expect(slide).toHaveClass(/is-current/);
  return slide;
}

test('auf der Seite: PageOnly sichtbar, SlidesOnly und SpeakerNotes nicht', async ({ page }) => {
  await page.goto(at(PAGE));
  await expect(page.locator('[data-page-only] li', { hasText: 'Least Bandwidth Used' })).toBeVisible();
  await expect(page.locator('[data-slides-only]')).toHaveCount(1);
  await expect(page.locator('[data-slides-only]')).toBeHidden();
  await expect(page.getByText('verträgt veraltete Lastinformationen')).toBeHidden();
  await expect(page.locator('[data-speaker-notes]')).toBeHidden();
  await expect(page.getByText('Zeile für Zeile mitrechnen')).toBeHidden();
});

test('auf den Folien: SlidesOnly auf der Folie, SpeakerNotes in den Notizen, PageOnly nirgends, SlideBreak mit Titel', async ({
  page,
}) => {
  await openDeck(page);
  // SlidesOnly: the takeaway of "Power of Two Choices" stands on one of its slides, visibly.
  const text = 'verträgt veraltete Lastinformationen';
  const takeaway = page.locator('[data-slide] .slide-body li', { hasText: text });
  await expect(takeaway).toHaveCount(1);
  const p2c = page.locator('[data-slide]', { has: page.locator('.slide-body li', { hasText: text }) });
  await expect(p2c).toHaveAttribute('id', /^power-of-two-choices(--\d+)?$/);
  await show(page, p2c);
  await expect(takeaway).toBeVisible();

  // SpeakerNotes: in the notes of the slide with the smooth weighted round robin table, not on it.
  const hint = 'Zeile für Zeile mitrechnen';
  const withHint = page.locator('[data-slide]', {
    has: page.locator('[data-slide-notes]', { hasText: hint }),
  });
  await expect(withHint).toHaveCount(1);
  await expect(withHint.locator('.slide-body')).not.toContainText(hint);
  await expect(withHint.locator('.slide-body table')).toContainText('Zähler vor der Wahl');

  // SlideBreak: strengths and weaknesses start a slide of their own, under the break's title.
  const broken = page.locator('[data-slide]', {
    has: page.locator('.slide-title', { hasText: 'Weighted Round Robin: Stärken und Schwächen' }),
  });
  await expect(broken).toHaveCount(1);
  await expect(broken).toHaveAttribute('id', /^weighted-round-robin--\d+$/);
  await expect(broken.locator('.slide-body')).toContainText('Stärken:');
  await expect(broken.locator('.slide-body')).not.toContainText('Zähler vor der Wahl');
  await show(page, broken);
  await expect(broken.locator('.slide-title')).toBeVisible();

  // PageOnly: the plain list of names (the table says the same) is neither on a slide nor in the notes.
  await expect(
    page.locator('[data-slide] li', { hasText: /^Least Connections \(auf den Folien/ }),
  ).toHaveCount(0);
  await expect(page.locator('[data-page-only]')).toHaveCount(0);
});
