/**
 * Prints the slides PDFs (which and where: slides.ts) with the site's one printer (print-pdf.ts):
 * every deck page without its scripts, so all slides stand one below the other as the build made
 * them, each one a page by the print CSS (src/components/presenter/slides-print.css).
 */
import { join } from 'node:path';
import { CHAPTER_TITLE } from '../../config/course.ts';
import { printPage, withPrintBrowser, type EditionResult } from './print-pdf.ts';
import { NOTES_EDITION_CLASS, slidesPdfPaths, type SlidesPdfDeck } from './slides.ts';

/**
 * For the notes edition: each slide's notes move out of the slide to just behind it, so the slide
 * keeps its 16:9 box and the notes flow below it (and onto the next page when they are long).
 * Runs in the page, after the slides edition has printed.
 */
function notesAfterSlides(): void {
  for (const notes of document.querySelectorAll('[data-slide] [data-slide-notes]')) {
    notes.closest('[data-slide]')?.after(notes);
  }
}

export interface SlidesPdfOptions {
  /** Origin of a server for the built site, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** The site's base path (`/` or `/se/kapitel-2/`). */
  base: string;
  /** The build output folder the deck pages live in. */
  outDir: string;
  decks: readonly SlidesPdfDeck[];
  log?: (line: string) => void;
}

/**
 * Prints every deck's two PDFs into its folder in the build output, with one browser.
 *
 * @example
 * await renderSlidesPdfs({ origin, base: '/', outDir: 'dist', decks: [{ path: '/vortrag/kapitel/', title: 'Kapitel 2' }] });
 * // [{ file: 'dist/vortrag/kapitel/folien.pdf', pages: 180, … }, { file: '…/folien-mit-notizen.pdf', … }]
 */
export async function renderSlidesPdfs({
  origin,
  base,
  outDir,
  decks,
  log = () => {},
}: SlidesPdfOptions): Promise<EditionResult[]> {
  const prefix = base.replace(/\/?$/, '/');
  return withPrintBrowser(async (browser) => {
    const results: EditionResult[] = [];
    for (const deck of decks) {
      const files = slidesPdfPaths(deck.path);
      const title = `Folien: ${deck.title} – ${CHAPTER_TITLE}`;
      results.push(
        ...(await printPage(
          browser,
          {
            url: `${origin}${prefix}${deck.path.replace(/^\//, '')}`,
            title,
            javaScript: false,
            editions: [
              { file: join(outDir, files.slides) },
              { file: join(outDir, files.notes), htmlClass: NOTES_EDITION_CLASS, prepare: notesAfterSlides },
            ],
          },
          { log, maxPasses: 1 },
        )),
      );
    }
    return results;
  }, log);
}
