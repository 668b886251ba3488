import { describe, expect, it } from 'vitest';
import { qrPath, qrSvg } from '../../../src/lib/print/qr.ts';
import { describeTarget, slugOfPath } from '../../../src/lib/print/targets.ts';
import { chapterOf, page } from '../chapter/helpers.ts';
import { displayUrl, onlineUrl } from '../../../src/lib/print/site.ts';

describe('qrPath', () => {
  it('makes a version-1 code (21 modules) for a short text, plus the quiet zone', () => {
    // ISO/IEC 18004: version 1 has 21×21 modules; error level M holds up to 14 bytes.
    expect(qrPath('https://a.de/').size).toBe(21 + 4);
  });

  it('grows with longer addresses', () => {
    expect(qrPath(`https://example.org/${'x'.repeat(60)}/`).size).toBeGreaterThan(25);
  });

  it('draws the three finder patterns: the top-left module is dark', () => {
    expect(qrPath('x', 0).d.startsWith('M0 0h1v1h-1z')).toBe(true);
  });
});

describe('qrSvg', () => {
  it('is a labelled vector image', () => {
    const svg = qrSvg('https://a.de/', 'QR-Code "Labor" <online>');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR-Code &quot;Labor&quot; &lt;online>"');
    expect(svg).toMatch(/viewBox="0 0 25 25"/);
  });
});

describe('onlineUrl and displayUrl', () => {
  it('joins site, base, path and anchor', () => {
    expect(onlineUrl('/systemdesign/caching/', 'labor', 'https://example.org', '/se/')).toBe(
      'https://example.org/se/systemdesign/caching/#labor',
    );
    expect(onlineUrl('/', '', 'https://example.org/', '/')).toBe('https://example.org/');
  });

  it('prints without the scheme', () => {
    expect(displayUrl('https://example.org/se/')).toBe('example.org/se/');
  });
});

describe('link targets for print', () => {
  const body = [
    '## Strategien im **Überblick** {#strategien}',
    '<Figure id="abb-lru" caption="LRU" />',
    '<SelfCheck nr={4} question="?" href="#strategien" />',
  ].join('\n\n');
  const pages = chapterOf([
    page('', 'Start', ''),
    page('systemdesign/caching', '3 Systemdesign', body, 'Caching'),
  ]);

  it('names headings without Markdown marks, figures by number and questions by number', () => {
    expect(describeTarget('#strategien', 'systemdesign/caching', pages)).toBe(
      'Abschnitt „Strategien im Überblick“',
    );
    expect(describeTarget('#abb-lru', 'systemdesign/caching', pages)).toBe('Abb. 1');
    expect(describeTarget('/systemdesign/caching/#frage-4', 'x', pages)).toBe('Caching › Frage 4');
  });

  it('describes links to other pages and to sections', () => {
    expect(describeTarget('/systemdesign/caching/', 'x', pages)).toBe('Caching');
    expect(describeTarget('/systemdesign/caching/#strategien', 'x', pages)).toBe(
      'Caching › Strategien im Überblick',
    );
    expect(describeTarget('#strategien', 'systemdesign/caching', pages)).toBe(
      'Abschnitt „Strategien im Überblick“',
    );
    expect(describeTarget('/', 'x', pages)).toBe('Start');
    expect(describeTarget('/handout/', 'x', pages)).toBeUndefined();
    expect(describeTarget('/systemdesign/caching/#gibt-es-nicht', 'x', pages)).toBe('Caching');
    expect(describeTarget('#gibt-es-nicht', 'systemdesign/caching', pages)).toBeUndefined();
  });

  it('finds the slug of a path', () => {
    expect(slugOfPath('/systemdesign/caching/')).toBe('systemdesign/caching');
    expect(slugOfPath('/')).toBe('');
  });
});
