import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { termFinder } from '../../../src/lib/glossary/match.ts';
import { glossaryTermsPlugin } from '../../../src/plugins/glossary-terms.ts';

const entries = [
  { id: 'cache', term: 'Cache', variants: ['Caches'] },
  { id: 'cache-miss', term: 'Cache-Miss', variants: ['Fehlzugriff'] },
  { id: 'verteiltes-system', term: 'verteiltes System', variants: ['verteilte Systeme'] },
];

describe('termFinder', () => {
  const find = termFinder(entries);

  it('finds each term once, the longest form first, never inside a compound', () => {
    const found = find('Ein Cache-Miss geht am Cache vorbei, am Browser-Cache und am Cache.', new Set());
    expect(found.map(({ index, text }) => [index, text])).toEqual([
      [4, 'Cache-Miss'],
      [23, 'Cache'],
    ]);
  });

  it('finds a term that opens a sentence, and skips terms already linked', () => {
    expect(find('Verteilte Systeme haben Caches.', new Set(['cache'])).map(({ text }) => text)).toEqual([
      'Verteilte Systeme',
    ]);
  });
});

describe('first-use links (glossary-terms plugin)', () => {
  const glossaryEntries = entries.map((entry) => ({
    ...entry,
    english: entry.id === 'cache-miss' ? 'cache miss' : entry.term,
    definition: `${entry.term} ist ein Begriff.`,
    section: '/',
    sectionLabel: 'Start',
    search: [],
    avoid: [],
    line: 1,
  }));
  const render = (markdown: string, file = 'systemdesign/caching.mdx') =>
    markdownToHtml(markdown, {
      mdastPlugins: [glossaryTermsPlugin(glossaryEntries)],
      fileURL: pathToFileURL(`${process.cwd()}/content/docs/${file}`),
    }).html;

  it('links the first use on a page to the glossary entry, with the definition for the popover', () => {
    const html = render('Ein Cache hilft. Noch ein Cache.\n\nUnd ein Fehlzugriff.\n');
    expect(html).toContain(
      '<a href="/glossar/#cache" class="term-link" data-term="Cache" data-definition="Cache ist ein Begriff.">Cache</a> hilft. Noch ein Cache.',
    );
    // The English term only where it reads differently from the German one.
    expect(html).toContain(
      '<a href="/glossar/#cache-miss" class="term-link" data-term="Cache-Miss" data-english="cache miss"',
    );
    expect(html.match(/term-link/g)).toHaveLength(2);
  });

  it('leaves headings, code, links and components alone', () => {
    const html = render(
      '## Cache {#cache}\n\n`Cache` und [Cache](/x/)\n\n```\nCache\n```\n\n<Figure id="a" caption="Cache">Cache</Figure>\n',
      'systemdesign/caching.mdx',
    );
    expect(html).not.toContain('term-link');
  });

  it('links nothing on the glossary page itself', () => {
    expect(render('Ein Cache.\n', 'glossar.mdx')).not.toContain('term-link');
  });
});
