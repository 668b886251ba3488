/**
 * Prints the handout page to handout.pdf with Playwright and Chromium: A4, tagged, with outline,
 * running header and "Seite N von M" footer. Page numbers in the contents (and behind links inside
 * the handout) come from the PDF itself: print, read where each link target landed, write the
 * numbers into the page, print again until nothing moves (usually two or three passes).
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { CHAPTER_TITLE, COURSE } from '../../config/course.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { namedDestinationPages, setDocumentInfo } from './pdf-file.ts';

export interface HandoutPdfOptions {
  /** Full URL of the handout page, e.g. `http://127.0.0.1:4321/handout/`. */
  url: string;
  /** Where to write the PDF. */
  outFile: string;
  /** Progress lines (German). */
  log?: (line: string) => void;
  /** Upper bound of print passes for the page numbers. */
  maxPasses?: number;
}

export interface HandoutPdfResult {
  pages: number;
  bytes: number;
  passes: number;
  ms: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const TEMPLATE_STYLE =
  'font-family: DejaVu Sans, Helvetica, Arial, sans-serif; font-size: 7.5pt; color: #555; width: 100%; box-sizing: border-box; padding: 0 18mm;';

function pdfOptions() {
  return {
    format: 'A4',
    tagged: true,
    outline: true,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE} text-align: left; padding-top: 6mm;">${escapeHtml(CHAPTER_TITLE)}</div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE} text-align: right; padding-bottom: 6mm;">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>`,
  } as const;
}

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
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.handout-part a[href^="#"]')) {
        if (link.closest('.sl-heading-wrapper')) continue;
        const n = pageOf(decodeURIComponent(link.hash.slice(1)));
        if (n) link.dataset.printPage = String(n);
        else delete link.dataset.printPage;
      }
    },
    numbers === 'placeholder' ? numbers : [...numbers],
  );
}

const sameNumbers = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/**
 * Renders the handout to a PDF file.
 *
 * @example
 * await renderHandoutPdf({ url: 'http://127.0.0.1:4321/handout/', outFile: 'handout.pdf' })
 * // { pages: 58, bytes: 1234567, passes: 2, ms: 14000 }
 */
export async function renderHandoutPdf({
  url,
  outFile,
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

    await applyPageNumbers(page, 'placeholder');
    let applied = new Map<string, number>();
    let pdf: Uint8Array = new Uint8Array();
    let passes = 0;
    while (passes < maxPasses) {
      passes += 1;
      const t = Date.now();
      pdf = await page.pdf(pdfOptions());
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
    writeFileSync(outFile, withInfo);
    const pages = (
      Buffer.from(withInfo)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length;
    return { pages, bytes: withInfo.length, passes, ms: Date.now() - started };
  } finally {
    await browser.close();
  }
}
