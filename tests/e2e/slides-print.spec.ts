import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE } from '../../src/config/course.ts';
import { fitSlidesForPrint, notesAfterSlides } from '../../src/lib/print/slides-pdf.ts';
import { NOTES_EDITION_CLASS, slidesPdfDecks, slidesPdfPaths } from '../../src/lib/print/slides.ts';
import { at, expect, OUT_DIR, test } from './fixtures.ts';

// The slides PDFs print every slide completely (review B4-9: self-checks with their model answer,
// long "Genauer betrachtet" boxes and labs were cut off at the page's edge). The same gate as on
// screen (slides.spec.ts), in print: each deck page as the PDF printer loads it (no scripts, print
// media, the printer's own preparation of each edition), no slide's content taller or wider than
// its page.

test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });

/** Slides whose content is clipped: body or slide taller or wider than its box. */
const clipped = () =>
  [...document.querySelectorAll<HTMLElement>('[data-slide]')].flatMap((slide, index) => {
    const body = slide.querySelector<HTMLElement>('.slide-body')!;
    const tall = body.scrollHeight - body.clientHeight;
    const wide = body.scrollWidth - body.clientWidth;
    const slideTall = slide.scrollHeight - slide.clientHeight;
    return tall > 1 || wide > 1 || slideTall > 1
      ? [
          `S. ${index + 1} ${slide.getAttribute('aria-label')}: ${Math.max(tall, slideTall)} px zu hoch, ${wide} px zu breit`,
        ]
      : [];
  });

for (const deck of slidesPdfDecks()) {
  test(`${deck.path}: jede Folie passt ganz auf ihre PDF-Seite (beide Fassungen)`, async ({ page }) => {
    await page.goto(at(deck.path));
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(fitSlidesForPrint);
    expect(await page.evaluate(clipped), 'abgeschnittene Folien (folien.pdf)').toEqual([]);
    // Content zoomed to fit stays legible on a 16:9 page.
    const zooms = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-print-zoom]')].map((slide) => ({
        slide: slide.getAttribute('aria-label'),
        zoom: Number(slide.dataset.printZoom),
      })),
    );
    expect(
      zooms.filter(({ zoom }) => zoom < 0.45),
      'zu stark verkleinert',
    ).toEqual([]);
    // Model answers are not on the slides, but in the notes edition, below their slide.
    const answers = await page.locator('.self-check-answer').count();
    expect(await page.locator('[data-slide] .self-check-answer:visible').count()).toBe(0);
    // A model answer's own slide is not left blank: it says where the answer is.
    const pointers = await page
      .locator(
        '[data-slide] .slide-body:has(> .slide-answer.self-check-answer, > .slide-answer.lab-experiment-explanation)',
      )
      .evaluateAll((bodies) => bodies.map((body) => getComputedStyle(body, '::before').content));
    if (deck.path === '/vortrag/systemdesign/caching/') {
      expect(pointers.length).toBeGreaterThan(0);
      expect(pointers.filter((pointer) => pointer.includes('Auflösung')).length).toBeGreaterThan(0);
    }
    for (const pointer of pointers) expect(pointer).toContain('Fassung mit Sprechernotizen');
    await page.evaluate((name) => document.documentElement.classList.add(name), NOTES_EDITION_CLASS);
    await page.evaluate(notesAfterSlides);
    expect(await page.evaluate(clipped), 'abgeschnittene Folien (folien-mit-notizen.pdf)').toEqual([]);
    await expect(page.locator('.deck-track > .self-check-answer:visible')).toHaveCount(answers);
  });
}

test('der Titel des Kapitel-PDFs nennt das Kapitel nur einmal', () => {
  const file = join(OUT_DIR, slidesPdfPaths(slidesPdfDecks()[0]!.path).slides);
  test.skip(!existsSync(file), `${file} fehlt (Build mit HANDOUT_PDF=0?)`);
  const title = /^Title:\s*(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
  expect(title).toMatch(/^Folien: /);
  expect(title.split(COURSE.chapter).length - 1, title).toBe(1);
});
