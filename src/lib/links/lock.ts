/**
 * The link lock (`links.lock.json`): every link target the site has ever published. A locked link
 * must keep working: either its target still exists, or its page redirects to where it went.
 */
import type { LinkKind, LinkManifest } from './types.ts';

/** What a locked address is: a target of the manifest, or a short link (src/lib/redirects.ts). */
export type LockKind = LinkKind | 'short-link';

export interface LinkLock {
  /** Locked targets, oldest first: root-relative path plus hash (without base) and kind. */
  targets: Record<string, LockKind>;
}

/** The addresses a build publishes: the manifest's targets, then the short links (redirect sources). */
function published(manifest: LinkManifest, redirects: Record<string, string>): [string, LockKind][] {
  return [
    ...manifest.targets.map(({ id, kind }): [string, LockKind] => [id, kind]),
    ...Object.keys(redirects).map((from): [string, LockKind] => [from, 'short-link']),
  ];
}

/** What the built site holds at a root-relative path (without base). */
export interface BuiltPage {
  /** Element ids on the page; empty for a redirect. */
  ids: Set<string>;
  /** Where a redirect page leads (root-relative, may carry a hash). */
  redirect?: string;
}

const MAX_REDIRECTS = 5;

/**
 * Follows a locked target through redirects to the page and element that answer it. Returns a
 * German explanation when the link is broken, or undefined when it works. A redirect keeps the
 * link's hash unless its destination names one of its own.
 *
 * @example
 * brokenLink('/alt/#a', (path) => ({ '/alt/': { ids: new Set(), redirect: '/neu/' }, '/neu/': { ids: new Set(['a']) } })[path])
 * // undefined
 */
export function brokenLink(id: string, lookup: (path: string) => BuiltPage | undefined): string | undefined {
  let [path = '', hash = ''] = id.split('#');
  const trail = [id];
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const page = lookup(path);
    if (!page)
      return `${trail.join(' → ')}: Seite ${path} gibt es nicht (mehr) und keine Weiterleitung führt weiter.`;
    if (page.redirect === undefined) {
      if (hash && !page.ids.has(hash)) return `${trail.join(' → ')}: Auf ${path} fehlt der Anker #${hash}.`;
      return undefined;
    }
    const [nextPath = '', nextHash] = page.redirect.split('#');
    path = nextPath;
    hash = nextHash ?? hash;
    trail.push(page.redirect);
  }
  return `${trail.join(' → ')}: mehr als ${MAX_REDIRECTS} Weiterleitungen hintereinander.`;
}

/**
 * Targets of the manifest and short links that the lock does not hold yet.
 *
 * @example
 * unlockedTargets({ targets: { '/': 'page' } }, manifest, { '/kurz/': '/' }) // ['/kurz/'] if the manifest holds only '/'
 */
export function unlockedTargets(
  lock: LinkLock,
  manifest: LinkManifest,
  redirects: Record<string, string> = {},
): string[] {
  return published(manifest, redirects)
    .filter(([id]) => !Object.hasOwn(lock.targets, id))
    .map(([id]) => id);
}

/**
 * The lock after a build: every target stays locked (a published link stays a promise), new
 * targets are appended in reading order, new short links after them.
 *
 * @example
 * extendLock({ targets: { '/': 'page' } }, manifest, { '/kurz/': '/' }).targets // { '/': 'page', …, '/kurz/': 'short-link' }
 */
export function extendLock(
  lock: LinkLock,
  manifest: LinkManifest,
  redirects: Record<string, string> = {},
): LinkLock {
  const added = published(manifest, redirects).filter(([id]) => !Object.hasOwn(lock.targets, id));
  return { targets: { ...lock.targets, ...Object.fromEntries(added) } };
}
