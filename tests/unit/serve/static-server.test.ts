import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType } from '../../../src/lib/serve/content-type.ts';
import { headersFor, parseHeadersFile } from '../../../src/lib/serve/headers-file.ts';
import { resolveRequest } from '../../../src/lib/serve/static-server.ts';

describe('_headers as Netlify and Cloudflare read it', () => {
  const rules = parseHeadersFile(
    '# comment\n/*\n  A: 1\n  B: x: y\n/pagefind/*.pf_meta\n  A: 2\n/embed/:lab/\n  C: 3\n',
  );

  it('combines every matching rule, a later value replacing an earlier one', () => {
    expect(headersFor(rules, '/einfuehrung/index.html')).toEqual({ A: '1', B: 'x: y' });
    expect(headersFor(rules, '/pagefind/pagefind.de_1.pf_meta')).toEqual({ A: '2', B: 'x: y' });
    expect(headersFor(rules, '/embed/caching/')).toEqual({ A: '1', B: 'x: y', C: '3' });
    expect(headersFor(rules, '/embed/a/b/')).toEqual({ A: '1', B: 'x: y' });
  });

  it('names the line of a header without a path', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow('_headers, Zeile 1');
  });

  it('reads the project’s own file', async () => {
    const { readFileSync } = await import('node:fs');
    const own = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(own, '/x.imscc')['Content-Type']).toBe('application/vnd.ims.imsccv1p1');
    expect(headersFor(own, '/index.html')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('content types', () => {
  it('knows the build’s binary files', () => {
    expect(contentType('a.imscc')).toBe('application/vnd.ims.imsccv1p1');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('pagefind/index/de_1.pf_index')).toBe('application/octet-stream');
    expect(contentType('INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentType('noext')).toBe('application/octet-stream');
  });
});

describe('request paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(root, 'einfuehrung'));
  writeFileSync(join(root, 'einfuehrung', 'index.html'), '<h1>x</h1>');
  writeFileSync(join(root, 'a b.txt'), 'x');
  const site = { root, base: '/' };

  it('serves directories with a slash, redirects them without one', () => {
    expect(resolveRequest('/einfuehrung/', site)).toEqual({
      kind: 'file',
      file: join(root, 'einfuehrung', 'index.html'),
      sitePath: '/einfuehrung/index.html',
    });
    expect(resolveRequest('/einfuehrung', site)).toEqual({ kind: 'redirect', location: '/einfuehrung/' });
    expect(resolveRequest('/a%20b.txt', site)).toMatchObject({ kind: 'file', sitePath: '/a b.txt' });
  });

  it('never leaves the build folder, however the dots are spelled', () => {
    for (const path of [
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/x',
      '/../x',
      '/a/..%5c..%5cx',
      '/%00',
      '/%E0%A4%A',
      '/.%2e/',
    ]) {
      expect(resolveRequest(path, site), path).toEqual({ kind: 'not-found' });
    }
  });

  it('honours the base path', () => {
    const sub = { root, base: '/se/kapitel-2/' };
    expect(resolveRequest('/se/kapitel-2', sub)).toEqual({ kind: 'redirect', location: '/se/kapitel-2/' });
    expect(resolveRequest('/se/kapitel-2/einfuehrung/', sub)).toMatchObject({ kind: 'file' });
    expect(resolveRequest('/einfuehrung/', sub)).toEqual({ kind: 'not-found' });
  });
});
