/**
 * Builds the chapter's IMS Common Cartridge 1.1 (`.imscc`): a zip with `imsmanifest.xml` and one
 * web-link file per page, lab and material (handout, deck, slides PDFs). Moodle (which imports CC 1.0 and 1.1 only) and Canvas turn it
 * into one course section or module per chapter part, each with links in reading order.
 * Pure and deterministic: the same manifest gives the same bytes, on any machine, in any time zone.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { COURSE } from '../../config/course.ts';
import type { LinkManifest } from '../links/types.ts';
import { CARTRIDGE_KINDS, outline, type CartridgeExtras, type CartridgeOutline } from './outline.ts';
import { manifestXml, weblinkXml, type CartridgeMetadata } from './render.ts';

/** File name of the cartridge in the build output. */
export const CARTRIDGE_FILE = 'verteilte-softwaresysteme.imscc';

export interface CartridgeOptions extends CartridgeMetadata {
  /** The manifest's identifier: an XML name (letter first, then A–Z, 0–9, `.`, `_`, `-`). */
  identifier: string;
}

/** The cartridge of this chapter. */
export const CHAPTER_CARTRIDGE: CartridgeOptions = {
  identifier: 'M_verteilte-softwaresysteme',
  title: COURSE.title,
  description: `${COURSE.course}, ${COURSE.chapter}: Links zu allen Seiten und Laboren der Kursnotizen „${COURSE.siteName}“, nach Kapitelteilen in Lesereihenfolge, dazu Handout, Foliensatz und Folien als PDF.`,
  language: COURSE.lang,
};

export interface Cartridge {
  outline: CartridgeOutline;
  /** Path inside the zip → file text; `imsmanifest.xml` first. */
  files: Map<string, string>;
  /** The `.imscc` file. */
  zip: Uint8Array;
}

/**
 * Builds the cartridge from the link manifest: targets of kind `page` and `lab`, grouped by part,
 * plus the extras (labs in their chapter, the „Materialien“ folder: see materials.ts).
 *
 * @example
 * const { files, zip } = buildCartridge(manifest, CHAPTER_CARTRIDGE, chapterExtras(manifest));
 * [...files.keys()] // ['imsmanifest.xml', 'R_start.xml', 'R_einfuehrung.xml', …]
 */
export function buildCartridge(
  manifest: LinkManifest,
  options: CartridgeOptions,
  extras: CartridgeExtras = {},
): Cartridge {
  if (!manifest.targets.some((target) => CARTRIDGE_KINDS.includes(target.kind))) {
    throw new Error('Kursvorlage: links.json enthält keine Seiten und Labore – die Kursvorlage wäre leer.');
  }
  const toc = outline(manifest, options.identifier, extras);
  const files = new Map([['imsmanifest.xml', manifestXml(toc, options)]]);
  for (const link of toc.parts.flatMap((part) => part.links)) files.set(link.file, weblinkXml(link));
  return { outline: toc, files, zip: zip(files) };
}

/**
 * Zips the files in order, deflated, every entry dated 1980-01-01 00:00 (the earliest zip date).
 * Zip dates are local wall-clock time, so the date is built from local fields: in UTC it would
 * give different bytes in Berlin and in New York.
 */
function zip(files: Map<string, string>): Uint8Array {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const entries: Zippable = {};
  for (const [path, text] of files) entries[path] = [strToU8(text), { level: 9, mtime }];
  return zipSync(entries);
}
