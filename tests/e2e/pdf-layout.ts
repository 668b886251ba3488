// Text lines of a PDF with their positions, read with poppler's `pdftotext -bbox-layout` (Debian's
// poppler-utils). Lines come in reading order per page; y grows downwards, in PDF points.
import { execFileSync } from 'node:child_process';

export interface PdfLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page of the PDF with its text lines (words joined by single spaces). */
export function pdfPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const [, width = '0', height = '0', body = ''] of xml.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g,
  )) {
    const lines: PdfLine[] = [];
    for (const [, xMin = '0', yMin = '0', xMax = '0', yMax = '0', words = ''] of body.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const text = [...words.matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
        .map(([, word = '']) => decode(word))
        .join(' ');
      lines.push({ text, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) });
    }
    pages.push({ width: Number(width), height: Number(height), lines });
  }
  return pages;
}

/**
 * Text without whitespace and soft hyphens, so line breaks and hyphenation do not matter (a word
 * hyphenated at a line end, "Con‐" U+2010 then "sumer", is joined again).
 */
export const squash = (text: string) => text.replace(/\u2010\s+/g, '').replace(/[\s\u00ad]+/g, '');

/** The lines of the text area: without the running header and the footer in the page margins. */
export function bodyLines(page: PdfPage, marginPt = 50): PdfLine[] {
  return page.lines.filter((line) => line.yMin > marginPt && line.yMax < page.height - marginPt);
}

/**
 * Lines as a reader takes them: top to bottom, and left to right within a line (pdftotext may put
 * a line's parts in either order, e.g. a reference list's address before its number "[8]").
 */
export function inReadingOrder(lines: PdfLine[]): PdfLine[] {
  const rows: PdfLine[][] = [];
  for (const line of [...lines].sort((a, b) => a.yMin - b.yMin)) {
    const row = rows.at(-1);
    // One row: tops within 2 pt of the row's first line.
    if (row && line.yMin - row[0]!.yMin < 2) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.xMin - b.xMin));
}

/** The external addresses the PDF links to (its URI link annotations). */
export function linkedUris(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map(([, uri = '']) =>
    uri.replace(/\\([()\\])/g, '$1'),
  );
}
