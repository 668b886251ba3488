import { describe, expect, it } from 'vitest';
import { offlinePlan, servedPath, webManifest } from '../../../src/lib/offline/plan.ts';

const file = (path: string, size = 10, sha256 = path) => ({ path, size, sha256 });

describe('what the offline copy stores', () => {
  const built = [
    file('index.html'),
    file('einfuehrung/index.html'),
    file('embed/caching/index.html'),
    file('_astro/app.js', 500),
    file('pagefind/pagefind.js'),
    file('pagefind/wasm.de.pagefind', 300),
    file('handout.pdf', 2000),
    file('handout-ohne-loesungen.pdf', 2000),
    file('vortrag/systemdesign/caching/index.html'),
    file('vortrag/kapitel/folien.pdf', 2000),
    file('vortrag/kapitel/folien-mit-notizen.pdf', 2000),
    file('vortrag/systemdesign/caching/folien.pdf', 2000),
    file('og/einfuehrung.png', 50_000),
    file('verteilte-softwaresysteme.imscc'),
    file('_headers'),
    file('sw.js'),
  ];

  it('keeps pages (decks too), assets, the search index and the handout; leaves out preview images, cartridge, slides PDFs and worker', () => {
    const plan = offlinePlan(built);
    expect(plan.files.map((f) => f.path)).toEqual([
      '_astro/app.js',
      'einfuehrung/',
      'embed/caching/',
      'handout.pdf',
      '',
      'pagefind/pagefind.js',
      'pagefind/wasm.de.pagefind',
      'vortrag/systemdesign/caching/',
    ]);
    expect(plan.bytes).toBe(500 + 10 + 10 + 2000 + 10 + 10 + 300 + 10);
  });

  it('gets a new version when any stored file changes, and only then', () => {
    const version = offlinePlan(built).version;
    expect(offlinePlan([...built].reverse()).version).toBe(version);
    expect(
      offlinePlan(built.map((f) => (f.path === 'og/einfuehrung.png' ? { ...f, sha256: 'x' } : f))).version,
    ).toBe(version);
    expect(
      offlinePlan(built.map((f) => (f.path === 'index.html' ? { ...f, sha256: 'x' } : f))).version,
    ).not.toBe(version);
  });

  it('serves folders with their slash', () => {
    expect(servedPath('index.html')).toBe('');
    expect(servedPath('a/b/index.html')).toBe('a/b/');
    expect(servedPath('404.html')).toBe('404.html');
  });

  it('installs at the base path with a German name', () => {
    const manifest = webManifest('/se/kapitel-2/', 'Verteilte Softwaresysteme', 'x');
    expect(manifest).toMatchObject({ start_url: '/se/kapitel-2/', scope: '/se/kapitel-2/', lang: 'de' });
  });
});
