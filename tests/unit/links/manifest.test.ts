import { describe, expect, it } from 'vitest';
import { asciiId } from '../../../src/lib/links/ascii-id.ts';
import { buildManifest, collectManifest, readHeadings } from '../../../src/lib/links/manifest.ts';
import { PAGE_ORDER } from '../../../src/lib/chapter.ts';
import { LABS } from '../../../src/lib/labs.ts';
import type { FigureEntry } from '../../../src/lib/figures.ts';

describe('asciiId', () => {
  it('spells out umlauts and ß and joins words with hyphens', () => {
    expect(asciiId('Größe und Übersicht')).toBe('groesse-und-uebersicht');
    expect(asciiId('Äpfel, Öl & Straße!')).toBe('aepfel-oel-strasse');
  });
  it('drops other accents and edge hyphens', () => {
    expect(asciiId('  Café – Résumé  ')).toBe('cafe-resume');
  });
});

describe('readHeadings', () => {
  it('reads h2 and h3 with their explicit ids and plain text', () => {
    const source =
      '# Titel\n\n## **Größe** {#groesse}\n\n### [Link](/x/) `Code` {#link-code}\n\n#### Tiefer\n';
    expect(readHeadings(source)).toEqual([
      { depth: 2, id: 'groesse', text: 'Größe' },
      { depth: 3, id: 'link-code', text: 'Link Code' },
    ]);
  });
  it('ignores lines in code fences', () => {
    expect(readHeadings('```sh\n## kein Titel\n```\n## Echt {#echt}')).toEqual([
      { depth: 2, id: 'echt', text: 'Echt' },
    ]);
  });
  it('rejects a heading without an explicit id and proposes one', () => {
    expect(() => readHeadings('## Größe der Caches', 'caching.mdx')).toThrow(
      'caching.mdx: Die Überschrift „Größe der Caches“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „## Größe der Caches {#groesse-der-caches}“.',
    );
  });
  it('rejects ids that are not readable lowercase ASCII', () => {
    expect(() => readHeadings('### Größe {#größe}')).toThrow(/keine lesbare ASCII-id.*„groesse“/);
    expect(() => readHeadings('### Größe {#Groesse}')).toThrow(/keine lesbare ASCII-id/);
  });
  it('rejects an id used twice on a page', () => {
    expect(() => readHeadings('## A {#a}\n### B {#a}')).toThrow(
      'Die id „a“ ist auf dieser Seite doppelt vergeben.',
    );
  });
});

describe('buildManifest', () => {
  const figure: FigureEntry = { id: 'abb-x', number: 3, caption: 'Ein Bild', slug: 'systemdesign/caching' };
  const pages = [
    { slug: '', part: 'Start', source: '---\ntitle: Start\n---\n## Ziele {#ziele}' },
    {
      slug: 'systemdesign/caching',
      part: '3 Systemdesign',
      source:
        '---\ntitle: Caching\n---\n## Labor {#labor}\n<SelfCheck nr={4} question="Was ist LRU?" href="/x/">',
    },
  ];
  const lab = {
    id: 'caching',
    title: 'Caching-Labor',
    description: '',
    page: '/systemdesign/caching/',
    anchor: 'labor',
  };

  it('lists each page, then its labs, sections, figures and questions, with absolute URLs under the base', () => {
    const { targets } = buildManifest(pages, [figure], [lab], 'https://example.org', '/se/');
    expect(targets.map(({ id, kind }) => `${kind} ${id}`)).toEqual([
      'page /',
      'section /#ziele',
      'page /systemdesign/caching/',
      'lab /embed/caching/',
      'section /systemdesign/caching/#labor',
      'figure /systemdesign/caching/#abb-x',
      'question /systemdesign/caching/#frage-4',
    ]);
    expect(targets[6]).toEqual({
      id: '/systemdesign/caching/#frage-4',
      kind: 'question',
      title: 'Frage 4: Was ist LRU?',
      page: 'systemdesign/caching',
      part: '3 Systemdesign',
      href: '/se/systemdesign/caching/#frage-4',
      url: 'https://example.org/se/systemdesign/caching/#frage-4',
    });
    expect(targets[5]?.title).toBe('Abb. 3: Ein Bild');
  });

  it('rejects a page path that is not readable ASCII', () => {
    const page = { slug: 'systemdesign/Größe', part: 'X', source: '---\ntitle: G\n---' };
    expect(() => buildManifest([page], [], [], 'https://example.org', '/')).toThrow(
      'Seite „systemdesign/Größe“: Der Pfad muss aus lesbaren ASCII-Teilen bestehen (a–z, 0–9, Bindestriche).',
    );
  });

  it('fails on a target id used twice and on a lab whose page is not in the chapter', () => {
    const twice = [pages[0]!, { ...pages[0]!, slug: '' }];
    expect(() => buildManifest(twice, [], [], 'https://example.org', '/')).toThrow(
      'Linkziel / ist doppelt vergeben.',
    );
    expect(() => buildManifest(pages.slice(0, 1), [], [lab], 'https://example.org', '/')).toThrow(
      'Labor ohne Kapitelseite: caching',
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

  it('has all 23 self-check questions and numbered figures', () => {
    expect(targets.filter((t) => t.kind === 'question')).toHaveLength(23);
    expect(targets.filter((t) => t.kind === 'figure').every((t) => /^Abb\. \d+: /.test(t.title))).toBe(true);
  });
});
