/**
 * The cartridge's table of contents, taken from the link manifest: one folder per chapter part,
 * in it one web link per page and per lab, in reading order, and optionally one more folder after
 * the parts (the chapter's „Materialien“, see materials.ts). Moodle turns each folder into a course
 * section, Canvas into a module.
 */
import type { LinkKind, LinkManifest } from '../links/types.ts';
import { withBase } from '../urls.ts';
import { IDENTIFIER, identifiers, oneLine } from './xml.ts';

/** The kinds of link target that become items of the cartridge. */
export const CARTRIDGE_KINDS: readonly LinkKind[] = ['page', 'lab'];

export interface CartridgeLink {
  /** Identifier of the organization item. */
  item: string;
  /** Identifier of the web-link resource the item points to. */
  resource: string;
  /** Path of the web-link file inside the cartridge. */
  file: string;
  /** The link target's kind; `pdf` for a PDF of the extra folder. */
  kind: LinkKind | 'pdf';
  title: string;
  /** Absolute URL on the deployed site. */
  url: string;
}

export interface CartridgePart {
  /** Identifier of the folder item. */
  item: string;
  /** The part's label, e.g. "3 Systemdesign". */
  title: string;
  links: CartridgeLink[];
}

/** One link of the extra folder: a root-relative path on the site (without base). */
export interface ExtraLink {
  /** Stable key for the identifiers, e.g. the path. */
  id: string;
  kind: LinkKind | 'pdf';
  title: string;
  /** Root-relative path without base, e.g. `/handout.pdf`. */
  path: string;
}

/** What the cartridge adds to the link manifest's pages and labs. */
export interface CartridgeExtras {
  /**
   * Per lab target id (`/embed/caching/`): the root-relative path (without base) its item links to
   * instead of the chrome-less embed view, e.g. the short link `/labor/caching/`.
   */
  labLinks?: Readonly<Record<string, string>>;
  /** A folder after the chapter's parts, e.g. „Materialien“. */
  folder?: { title: string; links: ExtraLink[] };
}

export interface CartridgeOutline {
  /** Identifiers of the manifest, its one organization and the organization's top item. */
  manifest: string;
  organization: string;
  root: string;
  parts: CartridgePart[];
}

/**
 * Groups the manifest's pages and labs by part, keeping the manifest's reading order (parts in
 * order of their first target), then adds the extra folder. A lab links to `extras.labLinks` when
 * given. Every identifier is a valid, unique `xs:ID`; every URL is absolute (SITE + BASE + path).
 *
 * @example
 * outline({ site, base, targets: [{ id: '/', kind: 'page', title: 'Start', part: 'Start', … }] }, 'M_x')
 * // { manifest: 'M_x', …, parts: [{ item: 'P_start', title: 'Start',
 * //   links: [{ item: 'I_start', resource: 'R_start', file: 'R_start.xml', … }] }] }
 */
export function outline(
  manifest: LinkManifest,
  manifestId: string,
  extras: CartridgeExtras = {},
): CartridgeOutline {
  if (!IDENTIFIER.test(manifestId)) {
    throw new Error(
      `Kursvorlage: „${manifestId}“ ist kein gültiger Bezeichner (Buchstabe, dann A–Z, 0–9, . _ -).`,
    );
  }
  const result: CartridgeOutline = {
    manifest: manifestId,
    organization: 'O_chapter',
    root: 'root',
    parts: [],
  };
  const id = identifiers([result.manifest, result.organization, result.root]);
  const url = siteUrl(manifest);
  const link = (key: string, kind: CartridgeLink['kind'], title: string, href: string): CartridgeLink => {
    const resource = id('R_', key);
    return { item: id('I_', key), resource, file: `${resource}.xml`, kind, title: oneLine(title), url: href };
  };
  const byLabel = new Map<string, CartridgePart>();
  for (const target of manifest.targets) {
    if (!CARTRIDGE_KINDS.includes(target.kind)) continue;
    let part = byLabel.get(target.part);
    if (!part) {
      part = { item: id('P_', target.part), title: oneLine(target.part), links: [] };
      byLabel.set(target.part, part);
      result.parts.push(part);
    }
    let href = target.url;
    if (target.kind === 'lab' && extras.labLinks) {
      const path = extras.labLinks[target.id];
      if (!path) {
        throw new Error(
          `Kursvorlage: Für das Labor ${target.id} („${target.title}“) gibt es keinen Link ins Kapitel (Kurzlink, src/lib/labs.ts).`,
        );
      }
      href = url(path);
    }
    part.links.push(link(target.id, target.kind, target.title, href));
  }
  if (extras.folder?.links.length) {
    const { title, links } = extras.folder;
    result.parts.push({
      item: id('P_', title),
      title: oneLine(title),
      links: links.map((extra) => link(extra.id, extra.kind, extra.title, url(extra.path))),
    });
  }
  return result;
}

/**
 * Absolute URLs on the manifest's site: SITE + BASE + a root-relative path.
 *
 * @example
 * siteUrl({ site: 'https://x.org', base: '/se/', targets: [] })('/handout.pdf') // 'https://x.org/se/handout.pdf'
 */
function siteUrl({ site, base }: LinkManifest): (path: string) => string {
  const origin = site.endsWith('/') ? site : `${site}/`;
  return (path) => {
    try {
      return new URL(withBase(path, base), origin).href;
    } catch {
      throw new Error(
        `Kursvorlage: SITE „${site}“ ist keine absolute Adresse – ${path} lässt sich nicht verlinken.`,
      );
    }
  };
}
