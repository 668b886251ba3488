import { describe, expect, it } from 'vitest';
import { brokenLink, extendLock, unlockedTargets, type BuiltPage } from '../../../src/lib/links/lock.ts';
import type { LinkManifest, LinkTarget } from '../../../src/lib/links/types.ts';

const site: Record<string, BuiltPage> = {
  '/caching/': { ids: new Set(['lru', 'labor']) },
  '/alt/': { ids: new Set(), redirect: '/caching/' },
  '/kurz/': { ids: new Set(), redirect: '/caching/#labor' },
  '/schleife/': { ids: new Set(), redirect: '/schleife/' },
};
const lookup = (path: string) => site[path];

describe('brokenLink', () => {
  it('accepts a target that exists', () => {
    expect(brokenLink('/caching/', lookup)).toBeUndefined();
    expect(brokenLink('/caching/#lru', lookup)).toBeUndefined();
  });
  it('follows a redirect and keeps the hash, unless the redirect names its own', () => {
    expect(brokenLink('/alt/#lru', lookup)).toBeUndefined();
    expect(brokenLink('/kurz/', lookup)).toBeUndefined();
    expect(brokenLink('/kurz/#weg', lookup)).toBeUndefined();
  });
  it('reports a missing page, a missing anchor, also behind a redirect, and a redirect loop', () => {
    expect(brokenLink('/weg/', lookup)).toBe(
      '/weg/: Seite /weg/ gibt es nicht (mehr) und keine Weiterleitung führt weiter.',
    );
    expect(brokenLink('/caching/#fifo', lookup)).toBe('/caching/#fifo: Auf /caching/ fehlt der Anker #fifo.');
    expect(brokenLink('/alt/#fifo', lookup)).toBe(
      '/alt/#fifo → /caching/: Auf /caching/ fehlt der Anker #fifo.',
    );
    expect(brokenLink('/schleife/', lookup)).toMatch(/mehr als 5 Weiterleitungen/);
  });
});

describe('lock maintenance', () => {
  const target = (id: string): LinkTarget => ({
    id,
    kind: 'section',
    title: id,
    url: '',
    href: id,
    page: '',
    part: '',
  });
  const manifest: LinkManifest = { site: '', base: '/', targets: [target('/a/#x'), target('/b/')] };

  it('lists targets that are not locked yet', () => {
    expect(unlockedTargets({ targets: { '/a/#x': 'section' } }, manifest)).toEqual(['/b/']);
  });
  it('appends new targets and never drops old ones', () => {
    const lock = { targets: { '/alt/': 'page' as const } };
    expect(extendLock(lock, manifest).targets).toEqual({
      '/alt/': 'page',
      '/a/#x': 'section',
      '/b/': 'section',
    });
  });
  it('locks the short links (redirect sources) as well, after the manifest’s targets', () => {
    const redirects = { '/kurz/': '/a/#x' };
    expect(
      unlockedTargets({ targets: { '/a/#x': 'section', '/b/': 'section' } }, manifest, redirects),
    ).toEqual(['/kurz/']);
    expect(Object.entries(extendLock({ targets: {} }, manifest, redirects).targets)).toEqual([
      ['/a/#x', 'section'],
      ['/b/', 'section'],
      ['/kurz/', 'short-link'],
    ]);
  });
});
