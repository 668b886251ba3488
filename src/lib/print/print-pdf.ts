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

// The first pass of a page with page numbers only measures where the targets land (its numbers
// are placeholders or a guess and rarely stay): untagged and without outline it prints in about
// 60 % of the time and finds the same named destinations.
const DRAFT_OPTIONS = { ...PDF_OPTIONS, tagged: false, outline: false } as const;

interface EditionPrint extends EditionResult {
  /** The page numbers the written PDF shows (a good first guess for the next edition). */
  numbers: Map<string, number>;
}

/**
 * Prints the page as it stands until the page numbers settle, then writes one PDF file. Starts
 * from `guess` (the previous edition's numbers) when given, else from placeholders; the first pass
 * is a draft when there may be more than one.
 */
async function printEdition(
  page: Page,
  file: string,
  title: string,
  { maxPasses, log, guess }: { maxPasses: number; log: (line: string) => void; guess?: Map<string, number> },
): Promise<EditionPrint> {
  await applyPageNumbers(page, guess ?? 'placeholder');
  let applied = guess ?? new Map<string, number>();
  let draft = maxPasses > 1;
  let pdf: Uint8Array;
  let passes = 0;
  for (;;) {
    passes += 1;
    const t = Date.now();
    pdf = await page.pdf(draft ? DRAFT_OPTIONS : PDF_OPTIONS);
    const found = namedDestinationPages(pdf);
    log(
      `Durchgang ${passes}${draft ? ' (Entwurf)' : ''}: ${found.size} Sprungziele gefunden ` +
        `(${((Date.now() - t) / 1000).toFixed(1)} s)`,
    );
    const settled = sameNumbers(found, applied);
    if (settled && !draft) break;
    if (passes >= maxPasses) {
      if (maxPasses > 1)
        log('Warnung: Seitenzahlen haben sich nicht stabilisiert; das letzte Ergebnis wird verwendet.');
      break;
    }
    if (!settled) {
      await applyPageNumbers(page, found);
      applied = found;
    }
    draft = false;
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
  return { file, pages, bytes: withInfo.length, passes, numbers: applied };
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
 * Opens a tab for printing (its own context: German, light) for `work`, and closes it afterwards.
 * One tab prints many pages one after the other (printInTab). Without scripts (`javaScript:
 * false`) a page prints as it was built: the slides stand one below the other, each in the PDF's
 * structure and outline, the way a deck looks before its runtime hides all but one.
 */
export async function withPrintTab<T>(
  browser: Browser,
  { javaScript = true }: { javaScript?: boolean },
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    locale: 'de-DE',
    colorScheme: 'light',
    javaScriptEnabled: javaScript,
  });
  try {
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Loads a page in print media, light, in a print tab (withPrintTab) and writes one PDF per
 * edition. Each edition after the first starts from the page numbers of the one before.
 *
 * @example
 * await withPrintTab(browser, {}, (tab) => printInTab(tab, { url: 'http://127.0.0.1:4321/handout/', title: 'Handout – …', editions: [{ file: 'handout.pdf' }] }));
 * // [{ file: 'handout.pdf', pages: 125, bytes: 2345678, passes: 2 }]
 */
export async function printInTab(
  page: Page,
  job: PrintJob,
  { log = () => {}, maxPasses = 4 }: PrintOptions = {},
): Promise<EditionResult[]> {
  log(`Lade ${job.url} …`);
  const response = await page.goto(job.url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`Seite nicht erreichbar: ${job.url} (HTTP ${response?.status()})`);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const classes = job.editions.flatMap(({ htmlClass }) => (htmlClass ? [htmlClass] : []));
  const results: EditionResult[] = [];
  let guess: Map<string, number> | undefined;
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
    const { numbers, ...result } = await printEdition(page, edition.file, job.title, {
      maxPasses,
      log,
      guess,
    });
    results.push(result);
    guess = numbers;
  }
  return results;
}

/**
 * Prints one page in a tab of its own (withPrintTab, printInTab).
 *
 * @example
 * await withPrintBrowser((browser) => printPage(browser, job)); // [{ file: 'handout.pdf', pages: 125, … }]
 */
export function printPage(
  browser: Browser,
  job: PrintJob,
  options: PrintOptions = {},
): Promise<EditionResult[]> {
  return withPrintTab(browser, {}, (page) => printInTab(page, job, options));
}
