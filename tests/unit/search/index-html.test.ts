import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../../src/lib/search/compounds.ts';
import { indexHtml, isIndexed, pageIndexing, textOf } from '../../../src/lib/search/index-html.ts';

const words = lexiconOf('Last Verteilung');

describe('indexHtml', () => {
  it('hyphenates compounds in text only, never in attributes or scripts', () => {
    const html = '<p title="Lastverteilung">Lastverteilung</p><script>Lastverteilung()</script>';
    expect(indexHtml(html, words)).toBe(
      '<p title="Lastverteilung">Last-verteilung</p><script>Lastverteilung()</script>',
    );
  });

  it('weights headings above body text and weights down gathering pages', () => {
    expect(indexHtml('<h2 id="x">Last</h2>', words)).toBe('<h2 data-pagefind-weight="5" id="x">Last</h2>');
    expect(
      indexHtml('<main data-pagefind-body><h3>Last</h3></main>', words, { weight: 0.4, ignoreCode: false }),
    ).toBe(
      '<main data-pagefind-weight="0.4" data-pagefind-body><h3 data-pagefind-weight="1.6">Last</h3></main>',
    );
    expect(pageIndexing('fuer-lehrende/index.html').weight).toBeLessThan(
      pageIndexing('systemdesign/caching/index.html').weight,
    );
  });

  it("keeps the lecturers' page's addresses and snippets out of the index", () => {
    expect(
      indexHtml('<p>z. B. <code>/caching/#lru</code></p>', words, pageIndexing('fuer-lehrende/index.html')),
    ).toBe('<p>z. B. <code data-pagefind-ignore>/caching/#lru</code></p>');
    expect(indexHtml('<p><code>lru</code></p>', words, pageIndexing('systemdesign/caching/index.html'))).toBe(
      '<p><code>lru</code></p>',
    );
  });

  it('leaves out pages that only repeat the chapter', () => {
    expect(isIndexed('handout/index.html')).toBe(false);
    expect(isIndexed('embed/caching/index.html')).toBe(false);
    expect(isIndexed('systemdesign/caching/index.html')).toBe(true);
  });

  it('ignores soft hyphens, which would cut words apart', () => {
    expect(indexHtml('<p>Last\u00adverteilung</p>', words)).toBe('<p>Last-verteilung</p>');
    expect(textOf('<p>Ver\u00adtei\u00adlung</p>')).toBe('Verteilung');
  });

  it('reads the visible text for the vocabulary', () => {
    expect(textOf('<p>Last<style>p{}</style> und <b>Verteilung</b></p>')).toBe('Last und Verteilung');
  });
});
