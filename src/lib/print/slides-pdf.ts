/**
 * Prints the slides PDFs (which and where: slides.ts) with the site's one printer (print-pdf.ts):
 * every deck page without its scripts, so all slides stand one below the other as the build made
 * them, each one a page by the print CSS (src/components/presenter/slides-print.css).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { printInTab, withPrintTab, type EditionResult } from './print-pdf.ts';
import { NOTES_EDITION_CLASS, slidesPdfPaths, slidesPdfTitle, type SlidesPdfDeck } from './slides.ts';

/**
 * For the notes edition: each slide's notes move out of the slide to just behind it, so the slide
 * keeps its 16:9 box and the notes flow below it (and onto the next page when they are long); a
 * self-check's model answer (not on the slide: slides-print.css) follows them. Runs in the page,
 * after the slides edition has printed.
 */
export function notesAfterSlides(): void {
  for (const slide of document.querySelectorAll('[data-slide]')) {
    const notes = slide.querySelector('[data-slide-notes]');
    const answers = [...slide.querySelectorAll<HTMLElement>('.self-check-answer')];
    for (const answer of answers) {
      const summary = answer.querySelector('summary');
      if (summary) summary.dataset.question = answer.dataset.answerOf ?? '';
    }
    slide.after(...(notes ? [notes] : []), ...answers);
  }
}

/**
 * Makes every slide's content fit its printed page. Without the deck's runtime nothing zooms a
 * slide whose content is larger than the slide (a lab's printed figure, a long box the build could
 * not split), and the page would cut it off: such content is zoomed down (trying wider layouts,
 * which are shorter, as the runtime's fit.ts does) until it fits, however small. Runs in the page
 * before the slides edition prints (and in tests/e2e/slides-print.spec.ts).
 */
export function fitSlidesForPrint(): void {
  const widths = [1, 1.25, 1.5, 1 / 0.6];
  for (const slide of document.querySelectorAll<HTMLElement>('[data-slide]')) {
    const body = slide.querySelector<HTMLElement>('.slide-body');
    if (!body) continue;
    const overflows = () =>
      body.scrollHeight > body.clientHeight ||
      body.scrollWidth > body.clientWidth ||
      slide.scrollHeight > slide.clientHeight;
    let content = body.querySelector<HTMLElement>(':scope > .slide-fit');
    content?.style.removeProperty('zoom');
    content?.style.removeProperty('width');
    if (!overflows()) continue;
    if (!content) {
      content = document.createElement('div');
      content.className = 'slide-fit';
      content.append(...body.childNodes);
      body.append(content);
    }
    const { clientWidth: width, clientHeight: available } = body;
    let best = { factor: 1, zoom: 0 };
    for (const factor of widths) {
      content.style.width = `${width * factor}px`;
      content.style.zoom = '1';
      const zoom = Math.min(1 / factor, available / Math.max(1, content.scrollHeight));
      if (zoom > best.zoom) best = { factor, zoom };
    }
    content.style.width = `${width * best.factor}px`;
    let zoom = Math.floor(best.zoom * 1000) / 1000;
    content.style.zoom = String(zoom);
    // Margins and rounding the estimate missed.
    while (overflows() && zoom > 0.1) {
      zoom -= 0.01;
      content.style.zoom = String(zoom);
    }
    slide.dataset.printZoom = String(zoom);
  }
}

export interface SlidesPdfOptions {
  /** The browser to print with (print-pdf.ts: withPrintBrowser). */
  browser: Browser;
  /** Origin of a server for the built site, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** The site's base path (`/` or `/se/kapitel-2/`). */
  base: string;
  /** The build output folder the deck pages live in. */
  outDir: string;
  /** The decks, in order; an iterator shared by two calls hands each deck to one of them. */
  decks: Iterable<SlidesPdfDeck>;
  log?: (line: string) => void;
}

/**
 * Prints every deck's two PDFs into its folder in the build output, one deck after the other in
 * one tab without scripts.
 *
 * @example
 * await renderSlidesPdfs({ browser, origin, base: '/', outDir: 'dist', decks: [{ path: '/vortrag/kapitel/', title: 'Kapitel 2' }] });
 * // [{ file: 'dist/vortrag/kapitel/folien.pdf', pages: 180, … }, { file: '…/folien-mit-notizen.pdf', … }]
 */
export function renderSlidesPdfs({
  browser,
  origin,
  base,
  outDir,
  decks,
  log = () => {},
}: SlidesPdfOptions): Promise<EditionResult[]> {
  const prefix = base.replace(/\/?$/, '/');
  return withPrintTab(browser, { javaScript: false }, async (tab) => {
    const results: EditionResult[] = [];
    for (const deck of decks) {
      const files = slidesPdfPaths(deck.path);
      results.push(
        ...(await printInTab(
          tab,
          {
            url: `${origin}${prefix}${deck.path.replace(/^\//, '')}`,
            title: slidesPdfTitle(deck),
            editions: [
              { file: join(outDir, files.slides), prepare: fitSlidesForPrint },
              { file: join(outDir, files.notes), htmlClass: NOTES_EDITION_CLASS, prepare: notesAfterSlides },
            ],
          },
          { log, maxPasses: 1 },
        )),
      );
    }
    return results;
  });
}
