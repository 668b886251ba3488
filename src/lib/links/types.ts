/**
 * The link manifest (`links.json` in the build): every target a lecturer may link to.
 * Written by src/pages/links.json.ts; read by the "Für Lehrende" page, the Common Cartridge and
 * the link-lock test.
 */
export type LinkKind = 'page' | 'section' | 'lab' | 'figure' | 'question' | 'deck';

export interface LinkTarget {
  /** Stable key: the root-relative path plus hash, without base, e.g. `/systemdesign/caching/#labor`. */
  id: string;
  kind: LinkKind;
  /** German title as shown to readers. */
  title: string;
  /** Absolute URL on the deployed site (SITE + BASE + path + hash). */
  url: string;
  /** Root-relative path with base and hash, as a link inside the site uses it. */
  href: string;
  /** Slug of the chapter page the target belongs to ('' for the start page; labs: their page). */
  page: string;
  /** The chapter part (sidebar group) label, e.g. "3 Systemdesign". */
  part: string;
}

export interface LinkManifest {
  /** SITE and BASE of this build. */
  site: string;
  base: string;
  targets: LinkTarget[];
}
