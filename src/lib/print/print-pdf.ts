/**
 * The one way this site prints a page to PDF, with Playwright and Chromium: tagged, with outline
 * (from the headings), background colours, the page size the page's CSS asks for (`@page size`),
 * the document information and /Lang set afterwards (pdf-file.ts). A page can be printed in several
 * editions, each a class on `<html>` (the handout without solutions, the slides with notes). Page
 * numbers in `[data-page-of]` spans and on internal links come from the PDF itself: print, read
 * where each link target landed, write the numbers into the page, print again until nothing moves
 * (a page without such spans prints once).
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { COURSE } from '../../config/course.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { namedDestinationPages, setDocumentInfo } from './pdf-file.ts';

export interface PrintEdition {
  /** Where to write the PDF. */
  file: string;
  /** A class on `<html>` while this edition prints (e.g. `handout-student`); none when omitted. */
  htmlClass?: string;
  /** The edition's name in progress lines (German). */
  label?: string;
  /** Runs in the page before this edition prints (also when the page's own scripts are off). */
  prepare?: () => void;
}

export interface PrintJob {
  /** Full URL of the page to print, e.g. `http://127.0.0.1:4321/handout/`. */
  url: string;
  /** The PDF's title (document information). */
  title: string;
  editions: PrintEdition[];
  /**
   * Whether the page's scripts run (default true). Without them a page prints as it was built:
   * the slides stand one below the other, each in the PDF's structure and outline, the way a deck
   * looks before its runtime hides all but one.
   */
  javaScript?: boolean;
}

export interface EditionResult {
  file: string;
  pages: number;
  bytes: number;
  passes: number;
}

export interface PrintOptions {
  /** Progress lines (German). */
  log?: (line: string) => void;
  /** Upper bound of print passes for the page numbers. */
  maxPasses?: number;
}

// Header and footer, where a page has them, are @page margin boxes in its CSS; the paper size is
// the CSS @page size (A4 is only the fallback for a page that names none).
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

const sameNumbers = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/** Prints the page as it stands until the page numbers settle, then writes one PDF file. */
async function printEdition(
  page: Page,
  file: string,
  title: string,
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
    title,
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

/**
 * Starts Chromium, hands it to `work` and closes it afterwards (one browser for many PDFs).
 *
 * @example
 * await withPrintBrowser((browser) => printPage(browser, job)); // [{ file: 'handout.pdf', pages: 125, … }]
 */
export async function withPrintBrowser<T>(
  work: (browser: Browser) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const executablePath = findChromium();
  log(`Starte Chromium (${executablePath}) …`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Loads a page in print media, light, and writes one PDF per edition.
 *
 * @example
 * await printPage(browser, { url: 'http://127.0.0.1:4321/handout/', title: 'Handout – …', editions: [{ file: 'handout.pdf' }] });
 * // [{ file: 'handout.pdf', pages: 125, bytes: 2345678, passes: 2 }]
 */
export async function printPage(
  browser: Browser,
  job: PrintJob,
  { log = () => {}, maxPasses = 4 }: PrintOptions = {},
): Promise<EditionResult[]> {
  const context = await browser.newContext({
    locale: 'de-DE',
    colorScheme: 'light',
    javaScriptEnabled: job.javaScript ?? true,
  });
  try {
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    log(`Lade ${job.url} …`);
    const response = await page.goto(job.url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`Seite nicht erreichbar: ${job.url} (HTTP ${response?.status()})`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const classes = job.editions.flatMap(({ htmlClass }) => (htmlClass ? [htmlClass] : []));
    const results: EditionResult[] = [];
    for (const edition of job.editions) {
      await page.evaluate(
        ({ all, on }) => {
          document.documentElement.classList.remove(...all);
          if (on) document.documentElement.classList.add(on);
        },
        { all: classes, on: edition.htmlClass },
      );
      if (edition.prepare) await page.evaluate(edition.prepare);
      if (edition.label) log(`${edition.label}:`);
      results.push(await printEdition(page, edition.file, job.title, maxPasses, log));
    }
    return results;
  } finally {
    await context.close();
  }
}
