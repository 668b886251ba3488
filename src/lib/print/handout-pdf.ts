/**
 * Prints the handout page to two PDFs (print-pdf.ts, the site's one PDF printer): handout.pdf and
 * the student edition handout-ohne-loesungen.pdf (the same page with `html.handout-student`, which
 * hides the Lösungen appendix and the pointers to it). A4, tagged, with outline; the running header
 * (the part's title) and the footer "Seite N von M" are CSS @page margin boxes (running-headers.ts);
 * page numbers in the contents and behind internal links come from the PDF itself.
 */
import { CHAPTER_TITLE } from '../../config/course.ts';
import type { Browser } from 'playwright';
import { printPage, type EditionResult } from './print-pdf.ts';

export type { EditionResult } from './print-pdf.ts';

export interface HandoutPdfOptions {
  /** The browser to print with (print-pdf.ts: withPrintBrowser). */
  browser: Browser;
  /** Full URL of the handout page, e.g. `http://127.0.0.1:4321/handout/`. */
  url: string;
  /** Where to write the PDF with solutions. */
  outFile: string;
  /** Where to write the student edition without solutions (none when omitted). */
  studentFile?: string;
  /** Progress lines (German). */
  log?: (line: string) => void;
  /** Upper bound of print passes for the page numbers. */
  maxPasses?: number;
}

export interface HandoutPdfResult extends EditionResult {
  /** Every edition written, the full one first. */
  editions: EditionResult[];
  ms: number;
}

/**
 * Renders the handout to a PDF file.
 *
 * @example
 * await renderHandoutPdf({ browser, url: 'http://127.0.0.1:4321/handout/', outFile: 'handout.pdf', studentFile: 'handout-ohne-loesungen.pdf' })
 * // { file: 'handout.pdf', pages: 90, bytes: 1234567, passes: 3, editions: [{…}, {…}], ms: 30000 }
 */
export async function renderHandoutPdf({
  browser,
  url,
  outFile,
  studentFile,
  log = () => {},
  maxPasses = 4,
}: HandoutPdfOptions): Promise<HandoutPdfResult> {
  const started = Date.now();
  const editions = await printPage(
    browser,
    {
      url,
      title: `Handout – ${CHAPTER_TITLE}`,
      editions: [
        { file: outFile, label: 'Fassung mit Lösungen' },
        ...(studentFile
          ? [{ file: studentFile, htmlClass: 'handout-student', label: 'Fassung ohne Lösungen' }]
          : []),
      ],
    },
    { log, maxPasses },
  );
  const [first] = editions;
  if (!first) throw new Error('Kein PDF geschrieben.');
  return { ...first, editions, ms: Date.now() - started };
}
