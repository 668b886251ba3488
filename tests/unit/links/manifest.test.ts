import { describe, expect, it } from 'vitest';
import { asciiId } from '../../../src/lib/links/ascii-id.ts';
import { buildManifest, collectManifest } from '../../../src/lib/links/manifest.ts';
import { getChapter, PAGE_ORDER } from '../../../src/lib/chapter/index.ts';
import { LABS } from '../../../src/lib/labs.ts';
import { chapterOf, page } from '../chapter/helpers.ts';

describe('asciiId', () => {
  it('spells out umlauts and ß and joins words with hyphens', () => {
    expect(asciiId('Größe und Übersicht')).toBe('groesse-und-uebersicht');
    expect(asciiId('Äpfel, Öl & Straße!')).toBe('aepfel-oel-strasse');
  });
  it('drops other accents and edge hyphens', () => {
    expect(asciiId('  Café – Résumé  ')).toBe('cafe-resume');
  });
});

describe('buildManifest', () => {
  const lab = {
    id: 'caching',
    title: 'Caching-Labor',
    description: '',
    page: '/systemdesign/caching/',
    anchor: 'labor',
    experiments: [],
  };
  const pages = [
    page('', 'Start', '## Ziele {#ziele}'),
    page(
      'systemdesign/caching',
      '3 Systemdesign',
      '<Figure id="abb-y" caption="Ein Bild" />\n\n## Labor {#labor}\n\n<SelfCheck nr={4} question="Was ist LRU?" href="#labor" />',
      'Caching',
    ),
  ];
  const chapter = chapterOf(
    [
      page(
        'systemdesign',
        '3 Systemdesign',
        '<Figure id="a" caption="A" />\n\n<Figure id="b" caption="B" />',
      ),
      ...pages,
    ],
    [lab],
  );

  it('lists each page, then its labs, its deck, sections, figures and questions, with absolute URLs under the base', () => {
    const { targets } = buildManifest(chapter, 'https://example.org', '/se/');
    expect(targets.map(({ id, kind }) => `${kind} ${id}`)).toEqual([
      'page /systemdesign/',
      'deck /vortrag/systemdesign/',
      'figure /systemdesign/#a',
      'figure /systemdesign/#b',
      'page /',
      'deck /vortrag/',
      'deck /vortrag/kapitel/',
      'section /#ziele',
      'page /systemdesign/caching/',
      'lab /embed/caching/',
      'deck /vortrag/systemdesign/caching/',
      'section /systemdesign/caching/#labor',
      'figure /systemdesign/caching/#abb-y',
      'question /systemdesign/caching/#frage-4',
    ]);
    expect(targets[13]).toEqual({
      id: '/systemdesign/caching/#frage-4',
      kind: 'question',
      title: 'Frage 4: Was ist LRU?',
      page: 'systemdesign/caching',
      part: '3 Systemdesign',
      href: '/se/systemdesign/caching/#frage-4',
      url: 'https://example.org/se/systemdesign/caching/#frage-4',
    });
    expect(targets[12]?.title).toBe('Abb. 3: Ein Bild');
    expect(targets[8]?.title).toBe('Caching');
    expect(targets[10]?.title).toBe('Vortrag: Caching');
  });

  it('leaves out the pages outside the reading order', () => {
    const withExtra = chapterOf([
      ...pages.slice(0, 1),
      page('fuer-lehrende', undefined, '## Links {#links}'),
    ]);
    expect(buildManifest(withExtra, 'https://example.org', '/').targets.map((t) => t.id)).toEqual([
      '/',
      '/vortrag/',
      '/vortrag/kapitel/',
      '/#ziele',
    ]);
  });

  it('fails on a target id used twice', () => {
    const twice = chapterOf([
      page('a', 'A', '## Frage {#frage-1}\n\n<SelfCheck nr={1} question="?" href="#frage-1" />'),
    ]);
    expect(() => buildManifest(twice, 'https://example.org', '/')).toThrow(
      'Linkziel /a/#frage-1 ist doppelt vergeben.',
    );
  });
});

describe('collectManifest (the real chapter)', () => {
  const { targets } = collectManifest('https://example.org', '/');

  it('has every chapter page and every lab, with unique ids', () => {
    expect(targets.filter((t) => t.kind === 'page').map((t) => t.page)).toEqual(PAGE_ORDER);
    expect(targets.filter((t) => t.kind === 'lab').map((t) => t.id)).toEqual(
      LABS.map((lab) => `/embed/${lab.id}/`),
    );
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  it("has every self-check question (the deck's 23 and those at the end of the pages) and numbered figures", () => {
    const questions = targets.filter((t) => t.kind === 'question');
    expect(questions).toHaveLength(getChapter().selfChecks.length);
    expect(questions.filter((t) => t.id.includes('/verstaendnisfragen/#frage-'))).toHaveLength(23);
    expect(targets.filter((t) => t.kind === 'figure').every((t) => /^Abb\. \d+: /.test(t.title))).toBe(true);
  });
});
