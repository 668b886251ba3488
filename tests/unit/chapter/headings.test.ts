import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/lib/chapter/parse-page.ts';

const headings = (body: string, file = 'seite.mdx') =>
  parsePage(`---\ntitle: T\n---\n${body}`, file).headings.map(({ depth, id, text }) => ({ depth, id, text }));

describe('headings of a page', () => {
  it('reads h2 and h3 with their explicit ids and plain text, and skips h1 and h4', () => {
    const body = '# Titel\n\n## **Größe** {#groesse}\n\n### [Link](/x/) `Code` {#link-code}\n\n#### Tiefer\n';
    expect(headings(body)).toEqual([
      { depth: 2, id: 'groesse', text: 'Größe' },
      { depth: 3, id: 'link-code', text: 'Link Code' },
    ]);
  });

  it('ignores lines in code fences (``` and ~~~) that look like headings', () => {
    expect(headings('```sh\n## kein Titel\n```\n\n~~~\n### auch nicht\n~~~\n\n## Echt {#echt}')).toEqual([
      { depth: 2, id: 'echt', text: 'Echt' },
    ]);
  });

  it('finds headings inside components, with their line', () => {
    const page = parsePage('---\ntitle: T\n---\n<Aside>\n\n## Innen {#innen}\n\n</Aside>\n', 'x.mdx');
    expect(page.headings).toEqual([{ depth: 2, id: 'innen', text: 'Innen', line: 6 }]);
  });

  it('rejects a heading without an explicit id with file, line and a proposed id', () => {
    expect(() => headings('Text\n\n## Größe der Caches', 'content/docs/caching.mdx')).toThrow(
      'content/docs/caching.mdx:6: Die Überschrift „Größe der Caches“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „## Größe der Caches {#groesse-der-caches}“.',
    );
  });

  it('rejects ids that are not readable lowercase ASCII', () => {
    expect(() => headings('### Größe {#größe}')).toThrow(
      /^seite\.mdx:4: .*keine lesbare ASCII-id.*„groesse“/,
    );
    expect(() => headings('### Größe {#Groesse}')).toThrow(/keine lesbare ASCII-id/);
  });

  it('rejects an id used twice on a page, naming the second heading’s line', () => {
    expect(() => headings('## A {#a}\n\n### B {#a}')).toThrow(
      'seite.mdx:6: Die id „a“ ist auf dieser Seite doppelt vergeben.',
    );
  });

  it('reads title and description from the frontmatter and requires a title', () => {
    const page = parsePage('---\ntitle: "Caching: LRU"\ndescription: Über Caches.\n---\n', 'c.mdx');
    expect([page.title, page.description]).toEqual(['Caching: LRU', 'Über Caches.']);
    expect(() => parsePage('Nur Text', 'ohne.mdx')).toThrow('ohne.mdx: Im Frontmatter fehlt „title: …“.');
  });
});
