import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFigures } from '../../../src/lib/figures.ts';

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('collectFigures', () => {
  it('numbers figures across pages in reading order', () => {
    const dir = contentDir({
      'index.mdx': '<Figure id="abb-a" caption="Erste">\n</Figure>',
      'teil/index.mdx':
        'Text\n<Figure id="abb-b" caption="Zweite" source="Quelle" sourceHref="https://example.org/">',
      'teil/unterseite.mdx': '<Figure caption="Dritte" id="abb-c">',
    });
    expect(collectFigures(['', 'teil', 'teil/unterseite'], dir)).toEqual([
      { id: 'abb-a', number: 1, caption: 'Erste', slug: '' },
      {
        id: 'abb-b',
        number: 2,
        caption: 'Zweite',
        source: 'Quelle',
        sourceHref: 'https://example.org/',
        slug: 'teil',
      },
      { id: 'abb-c', number: 3, caption: 'Dritte', slug: 'teil/unterseite' },
    ]);
  });

  it('rejects a duplicate id', () => {
    const dir = contentDir({
      'index.mdx': '<Figure id="abb-a" caption="x"> <Figure id="abb-a" caption="y">',
    });
    expect(() => collectFigures([''], dir)).toThrow('Abbildungs-id "abb-a" ist doppelt vergeben.');
  });

  it('rejects a figure without caption', () => {
    const dir = contentDir({ 'index.mdx': '<Figure id="abb-a">' });
    expect(() => collectFigures([''], dir)).toThrow('<Figure> braucht id="…" und caption="…".');
  });

  it('names a chapter page that has no file', () => {
    expect(() => collectFigures(['fehlt'], contentDir({}))).toThrow('Seite "fehlt" aus src/lib/chapter.ts');
  });

  it('finds every figure of the real chapter with a unique id', () => {
    const figures = collectFigures();
    expect(new Set(figures.map((figure) => figure.id)).size).toBe(figures.length);
    expect(figures.map((figure) => figure.number)).toEqual(figures.map((_, index) => index + 1));
  });
});
