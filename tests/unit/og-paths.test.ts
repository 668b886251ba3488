import { describe, expect, it } from 'vitest';
import { PAGE_ORDER } from '../../src/lib/chapter/order.ts';
import { cardPath, pageSlug, partOf } from '../../src/lib/og/paths.ts';

describe('pageSlug', () => {
  it('strips the base path and the outer slashes', () => {
    expect(pageSlug('/systemdesign/caching/')).toBe('systemdesign/caching');
    expect(pageSlug('/se/kapitel-2/systemdesign/caching/', '/se/kapitel-2/')).toBe('systemdesign/caching');
    expect(pageSlug('/se/kapitel-2/systemdesign/caching/', '/se/kapitel-2')).toBe('systemdesign/caching');
  });

  it('gives the start page the empty slug, with and without a base path', () => {
    expect(pageSlug('/')).toBe('');
    expect(pageSlug('/se/', '/se/')).toBe('');
    expect(pageSlug('/index.html')).toBe('');
  });

  it('reads HTML file names as pages', () => {
    expect(pageSlug('/404.html')).toBe('404');
    expect(pageSlug('/quellen/index.html')).toBe('quellen');
  });
});

describe('cardPath', () => {
  it('mirrors the page address under og/, with og/index.png for the start page', () => {
    expect(cardPath('')).toBe('og/index.png');
    expect(cardPath('einfuehrung')).toBe('og/einfuehrung.png');
    expect(cardPath('systemdesign/caching')).toBe('og/systemdesign/caching.png');
  });

  it('gives every chapter page its own file', () => {
    const files = PAGE_ORDER.map(cardPath);
    expect(new Set(files).size).toBe(PAGE_ORDER.length);
  });
});

describe('partOf', () => {
  it('names the sidebar group a page belongs to', () => {
    expect(partOf('systemdesign/caching')).toBe('3 Systemdesign');
    expect(partOf('systemarchitektur')).toBe('2 Systemarchitektur');
    expect(partOf('einfuehrung')).toBe('1 Einführung');
    expect(partOf('quellen')).toBe('Anhang');
  });

  it('knows every chapter page, and no page outside the reading order', () => {
    for (const slug of PAGE_ORDER) expect(partOf(slug), slug).toBeTruthy();
    expect(partOf('handout')).toBeUndefined();
    expect(partOf('404')).toBeUndefined();
  });

  it('reads the chapter it is given', () => {
    expect(partOf('a/b', [{ label: 'X', pages: ['a', 'a/b'] }])).toBe('X');
    expect(partOf('a/c', [{ label: 'X', pages: ['a', 'a/b'] }])).toBeUndefined();
  });
});
