import { describe, expect, it } from 'vitest';
import { qrPath, qrSvg } from '../../../src/lib/print/qr.ts';
import { describeTarget, readPageTargets, slugOfPath } from '../../../src/lib/print/targets.ts';
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
  const source = [
    '---',
    'title: "Caching"',
    '---',
    '## Strategien im **Überblick** {#strategien}',
    '<SelfCheck nr={4} question="?" />',
  ].join('\n');
  const pages = new Map([
    ['systemdesign/caching', readPageTargets(source)],
    ['', readPageTargets('---\ntitle: Start\n---\n')],
  ]);

  it('reads the title, the headings (without Markdown marks) and the questions', () => {
    const { title, anchors } = readPageTargets(source);
    expect(title).toBe('Caching');
    expect([...anchors]).toEqual([
      ['strategien', 'Strategien im Überblick'],
      ['frage-4', 'Frage 4'],
    ]);
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
  });

  it('finds the slug of a path', () => {
    expect(slugOfPath('/systemdesign/caching/')).toBe('systemdesign/caching');
    expect(slugOfPath('/')).toBe('');
  });
});
