/**
 * Turns the chapter's pages into parts of one handout page: heading ids get a per-part prefix (so
 * anchors stay unique), headings move down to sit under the part's title, and links between
 * chapter pages become links inside the handout. Pure string functions over the rendered HTML.
 */
import { COURSE } from '../../config/course.ts';
import { CHAPTER } from '../chapter/order.ts';
import { slugOfPath } from './targets.ts';

/** The handout page's address and what it announces (its meta and its link-preview card). */
export const HANDOUT_PAGE = {
  path: '/handout/',
  title: `Handout: ${COURSE.siteName}`,
  description:
    'Das ganze Kapitel 2 (Verteilte Softwaresysteme, Systemarchitektur, Systemdesign) auf einer Seite zum Drucken, mit Verständnisfragen, Musterantworten, Abbildungsverzeichnis und Quellen.',
} as const;

/** The pages that come at the end as appendix, in this order. */
export const APPENDIX = ['verstaendnisfragen', 'abbildungen', 'quellen', 'glossar'];

/** The appendix after the pages: the model answers (left out of the student edition). */
export const SOLUTIONS = { id: 'teil-loesungen', heading: 'Anhang E: Lösungen' } as const;

/** The two PDFs: the full handout and the student edition without solutions. */
export const HANDOUT_FILES = { full: 'handout.pdf', student: 'handout-ohne-loesungen.pdf' } as const;

export interface HandoutPartInfo {
  slug: string;
  /** Numbered heading of the part: "2.1 Client-Server und Webanwendungen", "Anhang A: …". */
  heading: string;
  /** Heading level of the part's title (2 or 3). */
  level: number;
  /** Id of the part's section. */
  id: string;
}

/** The section id of a part: `teil-systemdesign-caching`, `teil-start`. */
export function partId(slug: string): string {
  return `teil-${slug.replace(/\//g, '-') || 'start'}`;
}

/** A heading id inside a part: `systemdesign-caching--strategien`. */
export function prefixedId(slug: string, id: string): string {
  return `${slug.replace(/\//g, '-') || 'start'}--${id}`;
}

/**
 * The handout's parts in reading order: numbered chapter pages first (a group's first page at
 * level 2, its other pages at level 3), then the appendix.
 *
 * @example
 * handoutParts(new Map([['einfuehrung', 'Einführung']]), [{ label: '1 Einführung', pages: ['einfuehrung'] }])
 * // [{ slug: 'einfuehrung', heading: '1 Einführung', level: 2, id: 'teil-einfuehrung' }]
 */
export function handoutParts(titles: Map<string, string>, chapter = CHAPTER): HandoutPartInfo[] {
  const parts: HandoutPartInfo[] = [];
  for (const { label, pages } of chapter) {
    const number = /^(\d+)\s/.exec(label)?.[1];
    pages.forEach((slug, index) => {
      if (APPENDIX.includes(slug)) return;
      const title = titles.get(slug) ?? slug;
      if (slug === '') {
        parts.push({ slug, heading: 'Lernziele und Aufbau', level: 2, id: partId(slug) });
        return;
      }
      const prefix = number ? (index === 0 ? `${number} ` : `${number}.${index} `) : '';
      parts.push({ slug, heading: `${prefix}${title}`, level: index === 0 ? 2 : 3, id: partId(slug) });
    });
  }
  APPENDIX.forEach((slug, index) => {
    const title = titles.get(slug);
    const letter = String.fromCharCode(65 + index);
    parts.push({ slug, heading: `Anhang ${letter}: ${title ?? slug}`, level: 2, id: partId(slug) });
  });
  return parts;
}

export interface RewriteOptions {
  slug: string;
  /** Levels to move the page's headings down (h2 → h3 with 1). */
  shift: number;
  /** Markdown heading ids of every page in the handout, by slug. */
  headingIds: Map<string, Set<string>>;
  /** The site's base path, e.g. `/` or `/se/`. */
  base: string;
  /** How print names a target inside the handout, by id: "Abschnitt 3.2", "Abb. 12" (printLabels). */
  labels?: Map<string, string>;
  /**
   * Ids already used on the handout page, shared by all parts. A repeated id that nothing in the part
   * refers to (Mermaid's `actor0`, `root-0`) gets a numbered suffix so every id stays unique.
   */
  seen?: Set<string>;
}

/** Renames repeated, unreferenced ids: `root-0` → `root-0-2`. */
function uniqueIds(html: string, seen: Set<string>): string {
  return html.replace(/(\sid=")([^"]+)"/g, (match, start: string, id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      return match;
    }
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const referenced =
      new RegExp(`#${escaped}["') ]`).test(html) ||
      new RegExp(`(labelledby|describedby|for|controls)="[^"]*\\b${escaped}\\b`).test(html);
    if (referenced) return match;
    let n = 2;
    while (seen.has(`${id}-${n}`)) n += 1;
    seen.add(`${id}-${n}`);
    return `${start}${id}-${n}"`;
  });
}

/**
 * Rewrites one page's rendered HTML for the handout.
 *
 * @example
 * rewritePart('<h2 id="a">A</h2><a href="/x/#b">b</a>', {
 *   slug: 'y', shift: 1, base: '/', headingIds: new Map([['y', new Set(['a'])], ['x', new Set(['b'])]]),
 * }) // '<h3 id="y--a">A</h3><a href="#x--b">b</a>'
 */
export function rewritePart(
  html: string,
  { slug, shift, headingIds, base, seen, labels }: RewriteOptions,
): string {
  const own = headingIds.get(slug) ?? new Set<string>();
  const prefix = base.replace(/\/$/, '');
  const level = (n: string) => Math.min(6, Number(n) + shift);
  const target = (pageSlug: string, hash: string): string => {
    if (!hash) return `#${partId(pageSlug)}`;
    const id = decodeURIComponent(hash);
    return headingIds.get(pageSlug)?.has(id) ? `#${prefixedId(pageSlug, id)}` : `#${hash}`;
  };
  const rewritten = html
    // Heading levels (and Starlight's wrapper class that styles them).
    .replace(/<(\/?)h([1-6])\b/g, (_, slash: string, n: string) => `<${slash}h${level(n)}`)
    .replace(/\blevel-h([1-6])\b/g, (_, n: string) => `level-h${level(n)}`)
    // Heading ids of this page.
    .replace(/(<h[1-6]\b[^>]*?\sid=")([^"]+)"/g, (match, start: string, id: string) =>
      own.has(id) ? `${start}${prefixedId(slug, id)}"` : match,
    )
    // Links: same-page anchors, then root-relative links to chapter pages.
    .replace(/\shref="([^"]*)"/g, (match, href: string) => {
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        return own.has(id) ? ` href="#${prefixedId(slug, id)}"` : match;
      }
      if (!href.startsWith('/') || href.startsWith('//')) return match;
      const local = prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
      const [path = '', hash = ''] = local.split('#');
      if (/\.[a-z0-9]+$/i.test(path)) return match; // files such as /handout.pdf
      const pageSlug = slugOfPath(path);
      return headingIds.has(pageSlug) ? ` href="${target(pageSlug, hash)}"` : match;
    })
    // Self-check answers are part of the handout: open.
    .replace(/<details(?![^>]*\sopen)(?=[^>]*\bclass="[^"]*\bself-check-answer\b)/g, '<details open')
    // Print names internal targets by section number: "→ Abschnitt 3.2, S. 47".
    // A target in the same part, or a link that already names its target ("Frage 43"), needs only
    // its page: "→ S. 47".
    .replace(
      /(<a\b[^>]*\shref="#([^"]+)"[^>]*>)([\s\S]*?<\/a>)/g,
      (match, tag: string, hash: string, rest: string) => {
        const id = decodeURIComponent(hash);
        const label = labels?.get(id);
        if (!label) return match;
        const text = rest
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (id === partId(slug) || id.startsWith(prefixedId(slug, '')) || text === label)
          return tag.replace(/\sdata-print-target="[^"]*"/, '') + rest;
        const attribute = ` data-print-target="${label.replace(/"/g, '&quot;')}"`;
        return (
          (/\sdata-print-target="[^"]*"/.test(tag)
            ? tag.replace(/\sdata-print-target="[^"]*"/, attribute)
            : tag.replace(/^<a\b/, `<a${attribute}`)) + rest
        );
      },
    );
  return seen ? uniqueIds(rewritten, seen) : rewritten;
}

/**
 * How print names each link target inside the handout: a part and its headings by the part's number
 * ("Abschnitt 3.2", "Anhang C"), figures by number ("Abb. 12"), questions by number ("Frage 4").
 *
 * @example
 * printLabels([{ slug: 'einfuehrung', heading: '1 Einführung', level: 2, id: 'teil-einfuehrung' }], new Map([['einfuehrung', ['definition']]]), [])
 * // Map { 'teil-einfuehrung' => 'Abschnitt 1', 'einfuehrung--definition' => 'Abschnitt 1', … }
 */
export function printLabels(
  parts: HandoutPartInfo[],
  headingIds: Map<string, Iterable<string>>,
  figures: Array<{ id: string; number: number }>,
  questions: (number | string)[] = [],
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const part of parts) {
    const number = /^(\d+(?:\.\d+)?)\s/.exec(part.heading)?.[1];
    const appendix = /^(Anhang [A-Z])\b/.exec(part.heading)?.[1];
    const label = number ? `Abschnitt ${number}` : (appendix ?? `„${part.heading}“`);
    labels.set(part.id, label);
    labels.set(`${part.id}-titel`, label);
    for (const id of headingIds.get(part.slug) ?? []) labels.set(prefixedId(part.slug, id), label);
  }
  for (const { id, number } of figures) labels.set(id, `Abb. ${number}`);
  for (const nr of questions) labels.set(`frage-${nr}`, `Frage ${nr}`);
  return labels;
}
