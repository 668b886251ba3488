import { describe, expect, it } from 'vitest';
import { metaTagsHtml, redirectPage } from '../../../src/lib/links/redirect-page.ts';
import { previewMeta } from '../../../src/lib/og/meta.ts';

describe('redirectPage', () => {
  it('is a German page that forwards to the destination and keeps the link’s query and section', () => {
    const html = redirectPage('/se/neu/', 'https://example.org/se/neu/');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(
      '<script>location.replace("/se/neu/" + location.search + location.hash);</script>',
    );
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/se/neu/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/se/neu/">');
    expect(html).toContain('Diese Adresse ist umgezogen: <a href="/se/neu/">/se/neu/</a>');
  });
  it('uses the destination’s own section when it names one, and puts the query before it', () => {
    expect(redirectPage('/caching/#labor', 'https://example.org/caching/#labor')).toContain(
      '<script>location.replace("/caching/" + location.search + "#labor");</script>',
    );
  });
  it('escapes what it writes into HTML and into the script', () => {
    const html = redirectPage('/a/"</script><b>/', 'https://example.org/a/');
    expect(html).toContain('url=/a/&quot;&lt;/script&gt;&lt;b&gt;/');
    expect(html).toContain(
      'location.replace("/a/\\"\\u003c/script>\\u003cb>/" + location.search + location.hash)',
    );
    expect(html).not.toContain('</script><b>');
  });
});

describe('metaTagsHtml', () => {
  const tags = previewMeta({
    title: 'Caching & „LRU“',
    description: 'Über "Caches".',
    url: 'https://example.org/caching/',
    image: 'https://example.org/og/caching.png',
    siteName: 'VS',
  });

  it('writes the OpenGraph and Twitter meta of a page (not its canonical link), escaped', () => {
    const html = metaTagsHtml(tags);
    expect(html.split('\n')).toHaveLength(tags.filter((tag) => tag.tag === 'meta').length);
    expect(html).toContain('<meta property="og:title" content="Caching &amp; „LRU“">');
    expect(html).toContain('<meta name="twitter:description" content="Über &quot;Caches&quot;.">');
    expect(html).not.toContain('canonical');
  });
  it('puts them into the redirect page’s head', () => {
    const html = redirectPage('/neu/', 'https://example.org/neu/', metaTagsHtml(tags.slice(1, 2)));
    expect(html).toMatch(
      /<link rel="canonical"[^>]*>\n<meta property="og:title" content="Caching &amp; „LRU“">\n<script>/,
    );
  });
});
