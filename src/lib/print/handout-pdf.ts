/**
 * Prints the handout page to two PDFs with Playwright and Chromium: handout.pdf and the student
 * edition handout-ohne-loesungen.pdf (the same page with `html.handout-student`, which hides the
 * Lösungen appendix and the pointers to it). A4, tagged, with outline; the running header (the
 * part's title) and the footer "Seite N von M" are CSS @page margin boxes (running-headers.ts).
 * Page numbers in the contents, the lists and behind links inside the handout come from the PDF
 * itself: print, read where each link target landed, write the numbers into the page, print again
 * until nothing moves (usually two or three passes per edition).
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { CHAPTER_TITLE, COURSE } from '../../config/course.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { namedDestinationPages, setDocumentInfo } from './pdf-file.ts';

export interface HandoutPdfOptions {
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

export interface EditionResult {
  file: string;
  pages: number;
  bytes: number;
  passes: number;
}

export interface HandoutPdfResult extends EditionResult {
  /** Every edition written, the full one first. */
  editions: EditionResult[];
  ms: number;
}

// Header and footer are @page margin boxes in the page's CSS (see running-headers.ts).
const PDF_OPTIONS = {
  format: 'A4',
  tagged: true,
  outline: true,
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;

/** Writes the page numbers into the contents and onto links to targets inside the handout. */
async function applyPageNumbers(page: Page, numbers: Map<string, number> | 'placeholder'): Promise<void> {
  await page.evaluate(
    (entries) => {
      // The placeholder reserves about the space of a two-digit number before the first pass.
      const pageOf = (id: string) => (entries === 'placeholder' ? 88 : new Map(entries).get(id));
      for (const span of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
        const n = pageOf(span.dataset.pageOf ?? '');
        span.textContent = n ? String(n) : '';
      }
      const links = document.querySelectorAll<HTMLAnchorElement>(
        ':is(.handout-part, .handout-solutions) a[href^="#"]',
      );
      for (const link of links) {
        if (link.closest('.sl-heading-wrapper, .list-entry, .print-ref')) continue;
        const n = pageOf(decodeURIComponent(link.hash.slice(1)));
        if (n) link.dataset.printPage = String(n);
        else delete link.dataset.printPage;
      }
    },
    numbers === 'placeholder' ? numbers : [...numbers],
  );
}

/** Prints the page as it stands until the page numbers settle, then writes one PDF file. */
async function printEdition(
  page: Page,
  file: string,
  maxPasses: number,
  log: (line: string) => void,
): Promise<EditionResult> {
  await applyPageNumbers(page, 'placeholder');
  let applied = new Map<string, number>();
  let pdf: Uint8Array = new Uint8Array();
  let passes = 0;
  while (passes < maxPasses) {
    passes += 1;
    const t = Date.now();
    pdf = await page.pdf(PDF_OPTIONS);
    const found = namedDestinationPages(pdf);
    log(
      `Durchgang ${passes}: ${found.size} Sprungziele gefunden (${((Date.now() - t) / 1000).toFixed(1)} s)`,
    );
    if (sameNumbers(found, applied)) break;
    if (passes === maxPasses) {
      log('Warnung: Seitenzahlen haben sich nicht stabilisiert; das letzte Ergebnis wird verwendet.');
      break;
    }
    await applyPageNumbers(page, found);
    applied = found;
  }
  const withInfo = setDocumentInfo(pdf, {
    title: `Handout – ${CHAPTER_TITLE}`,
    author: COURSE.authors.join(', '),
    subject: COURSE.subject,
    keywords: COURSE.keywords,
    lang: COURSE.locale,
  });
  writeFileSync(file, withInfo);
  const pages = (
    Buffer.from(withInfo)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g) ?? []
  ).length;
  return { file, pages, bytes: withInfo.length, passes };
}

const sameNumbers = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/**
 * Renders the handout to a PDF file.
 *
 * @example
 * await renderHandoutPdf({ url: 'http://127.0.0.1:4321/handout/', outFile: 'handout.pdf', studentFile: 'handout-ohne-loesungen.pdf' })
 * // { file: 'handout.pdf', pages: 90, bytes: 1234567, passes: 2, editions: [{…}, {…}], ms: 30000 }
 */
export async function renderHandoutPdf({
  url,
  outFile,
  studentFile,
  log = () => {},
  maxPasses = 4,
}: HandoutPdfOptions): Promise<HandoutPdfResult> {
  const started = Date.now();
  const executablePath = findChromium();
  log(`Starte Chromium (${executablePath}) …`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'de-DE', colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    log(`Lade ${url} …`);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok())
      throw new Error(`Handout-Seite nicht erreichbar: ${url} (HTTP ${response?.status()})`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    const editions: EditionResult[] = [];
    const targets = [
      { file: outFile, student: false },
      ...(studentFile ? [{ file: studentFile, student: true }] : []),
    ];
    for (const { file, student } of targets) {
      await page.evaluate((on) => document.documentElement.classList.toggle('handout-student', on), student);
      log(student ? 'Fassung ohne Lösungen:' : 'Fassung mit Lösungen:');
      editions.push(await printEdition(page, file, maxPasses, log));
    }
    const [first] = editions;
    if (!first) throw new Error('Kein PDF geschrieben.');
    return { ...first, editions, ms: Date.now() - started };
  } finally {
    await browser.close();
  }
}
