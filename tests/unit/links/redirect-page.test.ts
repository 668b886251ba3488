import { describe, expect, it } from 'vitest';
import { previewMetaTags, redirectPage } from '../../../src/lib/links/redirect-page.ts';

describe('redirectPage', () => {
  it('is a German page that forwards to the destination and keeps the link’s section', () => {
    const html = redirectPage('/se/neu/', 'https://example.org/se/neu/');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<script>location.replace("/se/neu/" + location.hash);</script>');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/se/neu/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/se/neu/">');
    expect(html).toContain('Diese Adresse ist umgezogen: <a href="/se/neu/">/se/neu/</a>');
  });
  it('uses the destination’s own section when it names one', () => {
    expect(redirectPage('/caching/#labor', 'https://example.org/caching/#labor')).toContain(
      '<script>location.replace("/caching/#labor");</script>',
    );
  });
  it('escapes what it writes into HTML and into the script', () => {
    const html = redirectPage('/a/"</script><b>/', 'https://example.org/a/');
    expect(html).toContain('url=/a/&quot;&lt;/script&gt;&lt;b&gt;/');
    expect(html).toContain('location.replace("/a/\\"\\u003c/script>\\u003cb>/" + location.hash)');
    expect(html).not.toContain('</script><b>');
  });
});

describe('previewMetaTags', () => {
  it('takes the OpenGraph and Twitter meta of a page, nothing else', () => {
    const html =
      '<head><meta charset="utf-8"><meta property="og:title" content="Caching"/>' +
      '<meta name="description" content="x"><meta name="twitter:card" content="summary_large_image">' +
      '<link rel="canonical" href="https://example.org/caching/"></head>';
    expect(previewMetaTags(html)).toBe(
      '<meta property="og:title" content="Caching"/>\n<meta name="twitter:card" content="summary_large_image">',
    );
  });
  it('puts them into the redirect page’s head', () => {
    const html = redirectPage(
      '/neu/',
      'https://example.org/neu/',
      '<meta property="og:title" content="Neu">',
    );
    expect(html).toMatch(/<link rel="canonical"[^>]*>\n<meta property="og:title" content="Neu">\n<script>/);
  });
});
