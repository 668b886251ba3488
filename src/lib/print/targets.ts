/**
 * Where an internal link leads, in words, for print: "Caching › Strategien", "Abb. 12", "Frage 4".
 * Read once from the chapter's MDX files (titles, `{#id}` headings, figures), so a printed page can
 * say where each internal link points.
 */
import { readFileSync } from 'node:fs';
import { PAGE_ORDER } from '../chapter.ts';
import { getFigures, pageFile } from '../figures.ts';

export interface PageTargets {
  title: string;
  /** Heading, figure and self-check ids on the page with their printable label. */
  anchors: Map<string, string>;
}

const TITLE = /^title:\s*(?:"([^"]*)"|'([^']*)'|(.+?))\s*$/m;
const HEADING = /^#{2,6}\s+(.+?)\s*\{#([\w-]+)\}\s*$/gm;
const SELF_CHECK = /<SelfCheck\s+nr=\{(\d+)\}/g;

/** Strips Markdown emphasis and code marks from a heading text. */
function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/**
 * Reads one page's title and anchors from its MDX source.
 *
 * @example
 * readPageTargets('## Definition {#definition}', 'Einführung').anchors.get('definition') // 'Definition'
 */
export function readPageTargets(source: string, fallbackTitle = ''): PageTargets {
  const match = TITLE.exec(source);
  const title = (match && (match[1] ?? match[2] ?? match[3])) || fallbackTitle;
  const anchors = new Map<string, string>();
  for (const [, text = '', id = ''] of source.matchAll(HEADING)) anchors.set(id, plain(text));
  for (const [, nr] of source.matchAll(SELF_CHECK)) anchors.set(`frage-${nr}`, `Frage ${nr}`);
  return { title, anchors };
}

let cache: Map<string, PageTargets> | undefined;

/** Every chapter page by slug ('' for the start page), with its figures' "Abb. N" as anchors. */
export function getPageTargets(): Map<string, PageTargets> {
  if (cache) return cache;
  const pages = new Map<string, PageTargets>();
  for (const slug of PAGE_ORDER) pages.set(slug, readPageTargets(readFileSync(pageFile(slug), 'utf8'), slug));
  for (const { id, number, slug } of getFigures()) pages.get(slug)?.anchors.set(id, `Abb. ${number}`);
  cache = pages;
  return pages;
}

/** The slug of a root-relative page path without base: `/systemdesign/caching/` → `systemdesign/caching`. */
export function slugOfPath(pathname: string): string {
  return pathname.replace(/^\/+|\/+$/g, '').replace(/\/index(\.html)?$|^index(\.html)?$/, '');
}

/**
 * The printable description of an internal link, or undefined for a link outside the chapter.
 *
 * @example
 * describeTarget('/einfuehrung/#definition', 'systemdesign/caching')
 * // 'Einführung in verteilte Softwaresysteme › Definition'
 * describeTarget('#strategien', 'systemdesign/caching') // 'Abschnitt „Strategien“'
 */
export function describeTarget(
  href: string,
  currentSlug: string | undefined,
  pages: Map<string, PageTargets> = getPageTargets(),
): string | undefined {
  const [path = '', hash = ''] = href.split('#');
  const slug = path === '' ? currentSlug : slugOfPath(path);
  if (slug === undefined) return undefined;
  const page = pages.get(slug);
  if (!page) return undefined;
  const anchor = hash ? page.anchors.get(decodeURIComponent(hash)) : undefined;
  if (path === '')
    return (
      anchor && (anchor.startsWith('Abb.') || anchor.startsWith('Frage') ? anchor : `Abschnitt „${anchor}“`)
    );
  return anchor ? `${page.title} › ${anchor}` : page.title;
}
