import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedDestinationPages, setDocumentInfo } from '../../../src/lib/print/pdf-file.ts';

/** A two-page PDF the way Skia writes it: plain objects, classic xref table, named destinations. */
function samplePdf(): Uint8Array {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R /Dests 5 0 R>>',
    '<</Type /Pages /Count 2 /Kids [3 0 R 4 0 R]>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>',
    '<</inhalt [3 0 R /XYZ 0 800 0]\n/gr#C3#BC#C3#9Fe [4 0 R /XYZ 0 700 0]>>',
    '<</Creator (Chromium \\(X11; Linux\\)) /Producer (Skia/PDF)>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((dict, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${dict}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}

describe('namedDestinationPages', () => {
  it('maps every named destination to its 1-based page, decoding #xx escapes as UTF-8', () => {
    expect([...namedDestinationPages(samplePdf())]).toEqual([
      ['inhalt', 1],
      ['grüße', 2],
    ]);
  });
});

describe('setDocumentInfo', () => {
  const updated = setDocumentInfo(samplePdf(), {
    title: 'Handout – Kapitel 2',
    author: 'Bjarne Zaremba, Danny Meihöfer',
    lang: 'de-DE',
  });

  it('appends an incremental update and leaves the original bytes as they were', () => {
    const original = samplePdf();
    expect(Buffer.from(updated.slice(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(Buffer.from(updated).toString('latin1')).toMatch(/\/Prev \d+/);
  });

  it('is read by poppler: title and author in Unicode, Creator kept (with its parentheses)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-info-')), 'sample.pdf');
    writeFileSync(file, updated);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Handout – Kapitel 2$/m);
    expect(info).toMatch(/^Author:\s+Bjarne Zaremba, Danny Meihöfer$/m);
    expect(info).toMatch(/^Creator:\s+Chromium \(X11; Linux\)$/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
  });

  it('adds /Lang to the catalog when Chromium did not set it', () => {
    expect(Buffer.from(updated).toString('latin1')).toContain('/Lang (de-DE)');
  });
});
