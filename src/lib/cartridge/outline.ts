/**
 * The cartridge's table of contents, taken from the link manifest: one folder per chapter part,
 * in it one web link per page and per lab, in reading order. Moodle turns each folder into a course
 * section, Canvas into a module.
 */
import type { LinkKind, LinkManifest } from '../links/types.ts';
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
  kind: LinkKind;
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

export interface CartridgeOutline {
  /** Identifiers of the manifest, its one organization and the organization's top item. */
  manifest: string;
  organization: string;
  root: string;
  parts: CartridgePart[];
}

/**
 * Groups the manifest's pages and labs by part, keeping the manifest's reading order (parts in
 * order of their first target). Every identifier is a valid, unique `xs:ID`.
 *
 * @example
 * outline({ site, base, targets: [{ id: '/', kind: 'page', title: 'Start', part: 'Start', … }] }, 'M_x')
 * // { manifest: 'M_x', …, parts: [{ item: 'P_start', title: 'Start',
 * //   links: [{ item: 'I_start', resource: 'R_start', file: 'R_start.xml', … }] }] }
 */
export function outline(manifest: LinkManifest, manifestId: string): CartridgeOutline {
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
  const byLabel = new Map<string, CartridgePart>();
  for (const target of manifest.targets) {
    if (!CARTRIDGE_KINDS.includes(target.kind)) continue;
    let part = byLabel.get(target.part);
    if (!part) {
      part = { item: id('P_', target.part), title: oneLine(target.part), links: [] };
      byLabel.set(target.part, part);
      result.parts.push(part);
    }
    const resource = id('R_', target.id);
    part.links.push({
      item: id('I_', target.id),
      resource,
      file: `${resource}.xml`,
      kind: target.kind,
      title: oneLine(target.title),
      url: target.url,
    });
  }
  return result;
}
