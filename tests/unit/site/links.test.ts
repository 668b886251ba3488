import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../../src/plugins/base-links.ts';
import { withBase } from '../../../src/lib/urls.ts';

describe('withBase', () => {
  it('leaves paths alone at the root base', () => {
    expect(withBase('/quellen/', '/')).toBe('/quellen/');
  });
  it('prefixes root-relative paths under a sub-path', () => {
    expect(withBase('/quellen/#a', '/se/kap2/')).toBe('/se/kap2/quellen/#a');
  });
  it('does not prefix twice, nor touch external or relative links', () => {
    expect(withBase('/se/quellen/', '/se/')).toBe('/se/quellen/');
    expect(withBase('https://example.org/', '/se/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x', '/se/')).toBe('//cdn.example.org/x');
    expect(withBase('#anker', '/se/')).toBe('#anker');
  });
});

describe('baseLinksPlugin', () => {
  const render = (markdown: string, base: string) =>
    markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin(base)] }).html;

  it('prefixes internal links in content with the base path', () => {
    expect(render('[Q](/quellen/#a) und [E](https://example.org/)', '/se/')).toContain(
      '<a href="/se/quellen/#a">Q</a> und <a href="https://example.org/">E</a>',
    );
  });
  it('changes nothing at the root base', () => {
    expect(render('[Q](/quellen/)', '/')).toContain('<a href="/quellen/">Q</a>');
  });
});
