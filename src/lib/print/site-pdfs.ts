/**
 * Every PDF the site offers, printed from a served build with one browser: the handout in two
 * editions (handout-pdf.ts) and the slides of the lecture decks (slides-pdf.ts). Two tabs work side
 * by side: one prints the handout and then joins the other, which prints deck after deck from a
 * shared queue. Chromium's PDF writer leaves a core idle much of the time, so on two cores the
 * pair takes about three quarters of the time one after the other (a third tab made it slower).
 */
import { join } from 'node:path';
import { HANDOUT_FILES } from './handout.ts';
import { renderHandoutPdf, type HandoutPdfResult } from './handout-pdf.ts';
import { withPrintBrowser, type EditionResult } from './print-pdf.ts';
import { renderSlidesPdfs } from './slides-pdf.ts';
import { slidesPdfDecks, slidesPdfPaths, type SlidesPdfDeck } from './slides.ts';

export interface SitePdfsOptions {
  /** Origin of a server for the built site, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** The site's base path (`/` or `/se/kapitel-2/`). */
  base: string;
  /** The build output folder: the PDFs are written into it, where the pages link to them. */
  outDir: string;
  /** The decks to print (default: all, slides.ts). */
  decks?: readonly SlidesPdfDeck[];
  /** Progress lines of the handout (German). */
  log?: (line: string) => void;
}

export interface SitePdfsResult {
  handout: HandoutPdfResult;
  /** Every deck's two PDFs, in the order of the decks. */
  slides: EditionResult[];
  /** Wall time of all of it. */
  ms: number;
}

/**
 * Prints the handout and every deck's slides into the build output.
 *
 * @example
 * await renderSitePdfs({ origin: 'http://127.0.0.1:4321', base: '/', outDir: 'dist' });
 * // { handout: { file: 'dist/handout.pdf', editions: [{…}, {…}], … }, slides: [{ file: 'dist/vortrag/kapitel/folien.pdf', … }, …], ms: 60000 }
 */
export function renderSitePdfs({
  origin,
  base,
  outDir,
  decks = slidesPdfDecks(),
  log = () => {},
}: SitePdfsOptions): Promise<SitePdfsResult> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return withPrintBrowser(async (browser) => {
    const started = Date.now();
    // Both tabs take their next deck from this one iterator, so no deck prints twice.
    const queue = decks.values();
    const printSlides = () => renderSlidesPdfs({ browser, origin, base, outDir, decks: queue });
    const [{ handout, slides: later }, slides] = await Promise.all([
      renderHandoutPdf({
        browser,
        url: `${origin}${prefix}handout/`,
        outFile: join(outDir, HANDOUT_FILES.full),
        studentFile: join(outDir, HANDOUT_FILES.student),
        log,
      }).then(async (result) => ({ handout: result, slides: await printSlides() })),
      printSlides(),
    ]);
    const order = decks.flatMap(({ path }) =>
      Object.values(slidesPdfPaths(path)).map((file) => join(outDir, file)),
    );
    const all = [...slides, ...later].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
    return { handout, slides: all, ms: Date.now() - started };
  }, log);
}
