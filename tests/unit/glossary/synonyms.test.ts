import { describe, expect, it } from 'vitest';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { glossarySynonyms } from '../../../src/lib/chapter/synonyms.ts';
import type { Glossary } from '../../../src/lib/chapter/types.ts';
import { lexiconOf } from '../../../src/lib/search/compounds.ts';

const glossary = (entries: Array<Partial<Glossary['entries'][number]>>): Glossary => ({
  file: 'g.yaml',
  rules: [],
  entries: entries.map((entry, index) => ({
    id: `e${index}`,
    term: '',
    english: '',
    definition: 'X.',
    section: '/',
    sectionLabel: 'Start',
    variants: [],
    search: [],
    avoid: [],
    line: index + 2,
    ...entry,
  })),
});

describe('search synonyms from the glossary', () => {
  const words = lexiconOf('Load-Balancing verteilt Anfragen; ein Load-Balancer tut es.');

  it('lead the English term, search words and avoided variants to the German term', () => {
    const groups = glossarySynonyms(
      glossary([
        {
          term: 'Load-Balancing',
          english: 'load balancing',
          avoid: ['Lastenausgleich'],
          search: ['Lastausgleich'],
        },
        { term: 'Load-Balancer', english: 'load balancer (LB)', search: ['LB'] },
      ]),
      words,
    );
    expect(groups).toEqual([
      { term: 'Load-Balancing', synonyms: ['load balancing', 'Lastausgleich', 'Lastenausgleich'] },
      { term: 'Load-Balancer', synonyms: ['load balancer', 'LB'] },
    ]);
  });

  it('leave out patterns and repeat no word', () => {
    const groups = glossarySynonyms(
      glossary([
        { term: 'Load-Balancer', english: 'Lastverteiler', search: ['lastverteiler'], avoid: ['*Fehl*'] },
      ]),
      words,
    );
    expect(groups).toEqual([{ term: 'Load-Balancer', synonyms: ['Lastverteiler'] }]);
  });

  it('reject a term that no page uses in any of its forms, naming file and line', () => {
    expect(() => glossarySynonyms(glossary([{ term: 'Zwischenspeicher', english: 'cache' }]), words)).toThrow(
      /^g\.yaml:2: „Zwischenspeicher“ kommt auf keiner Seite vor/,
    );
    expect(
      glossarySynonyms(
        glossary([{ term: 'Lastverteiler', variants: ['Load-Balancer'], english: 'x y' }]),
        words,
      ),
    ).toEqual([{ term: 'Lastverteiler', synonyms: ['x y'] }]);
  });

  it('come from the real glossary and keep the synonyms the search had before (synonyme.yaml)', () => {
    const chapter = getChapter();
    const text = [...chapter.pages, ...chapter.extraPages].flatMap((page) =>
      page.text.map((piece) => piece.text),
    );
    const groups = glossarySynonyms(chapter.glossary, lexiconOf(text.join('\n')));
    const leadsTo = (synonym: string) =>
      groups.find((group) => group.synonyms.some((word) => word.toLowerCase() === synonym.toLowerCase()))
        ?.term;
    expect(leadsTo('Lastverteiler')).toBe('Load-Balancer');
    expect(leadsTo('Lastausgleich')).toBe('Load-Balancing');
    expect(leadsTo('Mikrodienste')).toBe('Microservices');
    expect(leadsTo('Scale-out')).toBe('horizontale Skalierung');
    expect(leadsTo('Eviction Policy')).toBe('Verdrängungsstrategie');
    expect(leadsTo('cache miss')).toBe('Cache-Fehlzugriff');
  });
});
