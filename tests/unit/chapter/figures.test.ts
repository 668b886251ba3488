import { describe, expect, it } from 'vitest';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { chapterOf, page } from './helpers.ts';

describe('figures', () => {
  it('are numbered across pages in reading order, whatever the order of their attributes', () => {
    const chapter = chapterOf([
      page('', 'Start', '<Figure id="abb-a" caption="Erste">\n\nx\n\n</Figure>'),
      page(
        'teil',
        '1 Teil',
        'Text\n\n<Figure id="abb-b" caption="Zweite" source="Quelle" sourceHref="https://example.org/">\n</Figure>',
      ),
      page('teil/unterseite', '1 Teil', '<Figure caption="Dritte" id="abb-c" />'),
    ]);
    expect(
      chapter.figures.map(({ id, number, caption, source, sourceHref, slug, line }) => ({
        id,
        number,
        caption,
        source,
        sourceHref,
        slug,
        line,
      })),
    ).toEqual([
      {
        id: 'abb-a',
        number: 1,
        caption: 'Erste',
        source: undefined,
        sourceHref: undefined,
        slug: '',
        line: 5,
      },
      {
        id: 'abb-b',
        number: 2,
        caption: 'Zweite',
        source: 'Quelle',
        sourceHref: 'https://example.org/',
        slug: 'teil',
        line: 7,
      },
      {
        id: 'abb-c',
        number: 3,
        caption: 'Dritte',
        source: undefined,
        sourceHref: undefined,
        slug: 'teil/unterseite',
        line: 5,
      },
    ]);
  });

  it('ignores a <Figure> written inside a code block', () => {
    const chapter = chapterOf([page('', 'Start', '```mdx\n<Figure id="abb-x" caption="Beispiel">\n```\n')]);
    expect(chapter.figures).toEqual([]);
  });

  it('rejects a duplicate id, naming both places', () => {
    expect(() =>
      chapterOf([
        page('', 'Start', '<Figure id="abb-a" caption="x" />'),
        page('b', 'B', 'Text\n\n<Figure id="abb-a" caption="y" />'),
      ]),
    ).toThrow(
      'content/docs/b.mdx:7: Abbildungs-id „abb-a“ ist doppelt vergeben (zuerst in content/docs/index.mdx:5).',
    );
  });

  it('rejects a figure without caption, and a caption that is not plain text', () => {
    expect(() => chapterOf([page('', 'Start', '<Figure id="abb-a" />')])).toThrow(
      'content/docs/index.mdx:5: <Figure> braucht id="…" und caption="…".',
    );
    expect(() => chapterOf([page('', 'Start', '<Figure id="abb-a" caption={"x"} />')])).toThrow(
      'content/docs/index.mdx:5: <Figure> caption={…}: bitte als Text schreiben, caption="…".',
    );
  });

  it('finds every figure of the real chapter with a unique id and a running number', () => {
    const { figures } = getChapter();
    expect(figures.length).toBeGreaterThan(30);
    expect(new Set(figures.map((figure) => figure.id)).size).toBe(figures.length);
    expect(figures.map((figure) => figure.number)).toEqual(figures.map((_, index) => index + 1));
  });
});
