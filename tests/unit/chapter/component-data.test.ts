import { describe, expect, it } from 'vitest';
import { figureFor, selfCheckFor } from '../../../src/lib/chapter/component-data.ts';
import { chapterOf, page } from './helpers.ts';

const chapter = chapterOf([
  page('a', 'A', '## Teil {#teil}\n\n<Figure id="abb-x" caption="Ein Bild" source="Folien" />'),
  page(
    'b',
    'B',
    '<Figure id="abb-y" caption="Zweites" />\n\n<SelfCheck nr={3} question="Was?" href="/a/#teil" />',
  ),
]);

describe('figureFor (what <Figure> shows)', () => {
  it('gives the figure’s chapter-wide number when props and index agree', () => {
    expect(figureFor({ id: 'abb-y', caption: 'Zweites' }, chapter).number).toBe(2);
    expect(figureFor({ id: 'abb-x', caption: 'Ein Bild', source: 'Folien' }, chapter).number).toBe(1);
  });

  it('is a build error with file and line when the caption prop and the index disagree', () => {
    expect(() => figureFor({ id: 'abb-x', caption: 'Anderes Bild', source: 'Folien' }, chapter)).toThrow(
      'content/docs/a.mdx:7: <Figure id="abb-x"> caption="Anderes Bild" weicht vom Kapitelindex ab („Ein Bild“).',
    );
    expect(() => figureFor({ id: 'abb-x', caption: 'Ein Bild' }, chapter)).toThrow(/source="" weicht/);
    expect(() => figureFor({ id: 'abb-z', caption: 'x' }, chapter)).toThrow(
      '<Figure id="abb-z">: steht auf keiner Seite',
    );
  });
});

describe('selfCheckFor (what <SelfCheck> shows)', () => {
  it('gives the label derived from the target heading', () => {
    expect(selfCheckFor({ nr: 3, question: 'Was?', href: '/a/#teil' }, chapter).label).toBe('A › Teil');
  });

  it('is a build error when the props do not match the indexed question', () => {
    expect(() => selfCheckFor({ nr: 3, question: 'Was?', href: '/b/' }, chapter)).toThrow(
      '<SelfCheck nr={3} href="/b/">: passt nicht zum Kapitelindex (src/lib/chapter/), dort content/docs/b.mdx:7: href="/a/#teil".',
    );
    expect(() => selfCheckFor({ nr: 9, question: '?', href: '/a/' }, chapter)).toThrow(/nr=\{9\}/);
  });
});
