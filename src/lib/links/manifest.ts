/**
 * The link manifest: every page, section, lab, figure and self-check question of the chapter with
 * its stable address, read from the MDX sources in reading order. Headings must carry an explicit
 * ASCII id (`## Größe {#groesse}`), so polishing a heading's wording never breaks a link to it.
 */
import { readFileSync } from 'node:fs';
import { CHAPTER } from '../chapter.ts';
import { getFigures, pageFile, type FigureEntry } from '../figures.ts';
import { embedPath, LABS, type Lab } from '../labs.ts';
import { readPageTargets } from '../print/targets.ts';
import { withBase } from '../urls.ts';
import { asciiId } from './ascii-id.ts';
import type { LinkManifest, LinkTarget } from './types.ts';

export interface PageSource {
  /** Page slug ('' for the start page). */
  slug: string;
  /** Label of the chapter part the page belongs to. */
  part: string;
  /** The page's MDX source. */
  source: string;
  /** Where the source is, for error messages. */
  file?: string;
}

const FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
const HEADING = /^(#{2,3})\s+(.*)$/gm;
const EXPLICIT_ID = /^(.*?)\s*\{#([^}\s]*)\}\s*$/;
const SELF_CHECK = /<SelfCheck\s+nr=\{(\d+)\}\s+question="([^"]*)"/g;
const STABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Strips Markdown emphasis, code marks and link syntax from a heading text. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The page's own path, root-relative without base: `/`, `/systemdesign/caching/`. */
export function pagePath(slug: string): string {
  return slug ? `/${slug}/` : '/';
}

/**
 * The h2 and h3 headings of an MDX page with their explicit ids, in order. A heading without an
 * explicit id, with an id that is not lowercase ASCII, or with a repeated id is an author error.
 *
 * @example
 * readHeadings('## Größe {#groesse}') // [{ depth: 2, id: 'groesse', text: 'Größe' }]
 */
export function readHeadings(
  source: string,
  file = 'MDX-Seite',
): { depth: number; id: string; text: string }[] {
  const headings: { depth: number; id: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const [, hashes = '', rest = ''] of source.replace(FENCE, '').matchAll(HEADING)) {
    const match = EXPLICIT_ID.exec(rest);
    const text = plain(match ? (match[1] ?? '') : rest);
    const id = match?.[2] ?? '';
    if (!match) {
      throw new Error(
        `${file}: Die Überschrift „${text}“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „${hashes} ${text} {#${asciiId(text)}}“.`,
      );
    }
    if (!STABLE_ID.test(id)) {
      throw new Error(
        `${file}: Die id „${id}“ der Überschrift „${text}“ ist keine lesbare ASCII-id (nur a–z, 0–9 und Bindestriche; ä → ae, ö → oe, ü → ue, ß → ss), z. B. „${asciiId(text)}“.`,
      );
    }
    if (seen.has(id)) throw new Error(`${file}: Die id „${id}“ ist auf dieser Seite doppelt vergeben.`);
    seen.add(id);
    headings.push({ depth: hashes.length, id, text });
  }
  return headings;
}

/**
 * Builds the manifest from the chapter's pages (in reading order), its figures and its labs.
 * Per page: the page, its labs (embed views), its sections, figures and questions.
 */
export function buildManifest(
  pages: PageSource[],
  figures: FigureEntry[],
  labs: Lab[],
  site: string,
  base: string,
): LinkManifest {
  const origin = site.endsWith('/') ? site : `${site}/`;
  const targets: LinkTarget[] = [];
  const seen = new Set<string>();
  const add = (target: Omit<LinkTarget, 'url' | 'href'>) => {
    if (seen.has(target.id)) throw new Error(`Linkziel ${target.id} ist doppelt vergeben.`);
    seen.add(target.id);
    const href = withBase(target.id, base);
    targets.push({ ...target, href, url: new URL(href, origin).href });
  };
  for (const { slug, part, source, file } of pages) {
    if (slug && !slug.split('/').every((segment) => STABLE_ID.test(segment))) {
      throw new Error(
        `Seite „${slug}“: Der Pfad muss aus lesbaren ASCII-Teilen bestehen (a–z, 0–9, Bindestriche).`,
      );
    }
    const path = pagePath(slug);
    add({ id: path, kind: 'page', title: readPageTargets(source, slug).title, page: slug, part });
    for (const lab of labs.filter((lab) => lab.page === path)) {
      add({ id: embedPath(lab), kind: 'lab', title: lab.title, page: slug, part });
    }
    for (const { id, text } of readHeadings(source, file)) {
      add({ id: `${path}#${id}`, kind: 'section', title: text, page: slug, part });
    }
    for (const figure of figures.filter((figure) => figure.slug === slug)) {
      add({
        id: `${path}#${figure.id}`,
        kind: 'figure',
        title: `Abb. ${figure.number}: ${figure.caption}`,
        page: slug,
        part,
      });
    }
    for (const [, nr, question] of source.matchAll(SELF_CHECK)) {
      add({
        id: `${path}#frage-${nr}`,
        kind: 'question',
        title: `Frage ${nr}: ${question}`,
        page: slug,
        part,
      });
    }
  }
  const unplaced = labs.filter((lab) => !pages.some(({ slug }) => pagePath(slug) === lab.page));
  if (unplaced.length)
    throw new Error(`Labor ohne Kapitelseite: ${unplaced.map((lab) => lab.id).join(', ')}`);
  return { site, base, targets };
}

const manifests = new Map<string, LinkManifest>();

/** The chapter's manifest for a build with the given SITE and BASE, read once per build. */
export function collectManifest(site: string, base: string): LinkManifest {
  const key = `${site} ${base}`;
  const cached = manifests.get(key);
  if (cached) return cached;
  const pages = CHAPTER.flatMap(({ label, pages: slugs }) =>
    slugs.map((slug) => {
      const file = pageFile(slug);
      return { slug, part: label, source: readFileSync(file, 'utf8'), file };
    }),
  );
  const manifest = buildManifest(pages, getFigures(), LABS, site, base);
  manifests.set(key, manifest);
  return manifest;
}
