/**
 * The HTML Pagefind indexes for a built page (the page on disk stays as it is): compounds get
 * hyphens between their parts (compounds.ts) and headings a weight above body text.
 */
import { hyphenateCompounds, type Lexicon } from './compounds.ts';

/**
 * Built files that do not belong in the index: the handout repeats the whole chapter on one page,
 * the decks (vortrag/) repeat the pages as slides,
 * embeds and lab pages repeat a lab, and the 404 page answers nothing.
 */
const NOT_INDEXED = [
  /^handout\//,
  /^embed\//,
  /^labor\//,
  /^lehrende\//,
  /^og\//,
  /^vortrag\//,
  /^404\.html$/,
];

/**
 * Pages that gather or repeat what the topic pages explain (start page, summary, questions, figure
 * list, sources, the lecturers' page): indexed at this fraction of the weight, so that the topic
 * page answering a query ranks above them.
 */
const SECONDARY = [
  /^index\.html$/,
  /^zusammenfassung\//,
  /^verstaendnisfragen\//,
  /^abbildungen\//,
  /^quellen\//,
  /^fuer-lehrende\//,
  /^glossar\//,
];
const SECONDARY_WEIGHT = 0.4;

/**
 * Pages whose code shows addresses and snippets for lecturers (`/systemdesign/caching/#lru`, iframe
 * code), not content: their code stays out of the index, so student queries do not find them.
 */
const CODE_NOT_INDEXED = [/^fuer-lehrende\//];

/** How a built page is indexed. */
export interface PageIndexing {
  /** The weight of its text relative to a topic page's. */
  weight: number;
  /** Whether its `<code>` and `<pre>` stay out of the index. */
  ignoreCode: boolean;
}

/**
 * How a built page (path relative to the build folder) is indexed.
 *
 * @example
 * pageIndexing('fuer-lehrende/index.html') // { weight: 0.4, ignoreCode: true }
 * pageIndexing('systemdesign/caching/index.html') // { weight: 1, ignoreCode: false }
 */
export function pageIndexing(file: string): PageIndexing {
  return {
    weight: SECONDARY.some((pattern) => pattern.test(file)) ? SECONDARY_WEIGHT : 1,
    ignoreCode: CODE_NOT_INDEXED.some((pattern) => pattern.test(file)),
  };
}

/** Heading weights (body text is 1): a hit in a heading is what a student looks for. */
export const HEADING_WEIGHTS: Record<string, number> = { h1: 8, h2: 5, h3: 4, h4: 3 };

/**
 * Whether a built file is the glossary page, which repeats the chapter's terms (and their English
 * names) rather than using them.
 *
 * @example
 * isGlossary('glossar/index.html') // true
 */
export function isGlossary(file: string): boolean {
  return /^glossar\//.test(file);
}

/**
 * Whether a built file (path relative to the build folder) goes into the search index.
 *
 * @example
 * isIndexed('systemdesign/caching/index.html') // true
 * isIndexed('handout/index.html') // false
 */
export function isIndexed(file: string): boolean {
  return file.endsWith('.html') && !NOT_INDEXED.some((pattern) => pattern.test(file));
}

const PIECES = /(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]+>)/;

/**
 * The visible text of a page (tags, scripts and styles removed), for the vocabulary.
 *
 * @example
 * textOf('<p>Last<script>x()</script> und <b>Verteilung</b></p>') // 'Last und Verteilung'
 */
export function textOf(html: string): string {
  return html
    .split(PIECES)
    .filter((piece) => !piece.startsWith('<'))
    .join('')
    .replaceAll('\u00ad', '');
}

/**
 * The page as Pagefind should index it.
 *
 * @example
 * indexHtml('<h2 id="a">Lastverteilung</h2>', new Set(['last', 'verteilung']))
 * // '<h2 data-pagefind-weight="5" id="a">Last-verteilung</h2>'
 * indexHtml('<main data-pagefind-body><h2>Cache</h2></main>', new Set(), { weight: 0.4, ignoreCode: false })
 * // '<main data-pagefind-weight="0.4" data-pagefind-body><h2 data-pagefind-weight="2">Cache</h2></main>'
 */
export function indexHtml(
  html: string,
  words: Lexicon,
  { weight, ignoreCode }: PageIndexing = { weight: 1, ignoreCode: false },
): string {
  const weighted = (tag: string, value: number) =>
    `${tag} data-pagefind-weight="${Math.round(value * 100) / 100}"`;
  return html
    .split(PIECES)
    .map((piece) => {
      // Soft hyphens (the handout's print hyphenation) would cut words apart for the indexer.
      if (!piece.startsWith('<')) return hyphenateCompounds(piece.replaceAll('\u00ad', ''), words);
      if (ignoreCode && /^<(code|pre)(?=[\s>])/.test(piece))
        return piece.replace(/^<(code|pre)/, '<$1 data-pagefind-ignore');
      if (piece.includes('data-pagefind-weight')) return piece;
      const heading = /^<(h[1-4])(?=[\s>])/.exec(piece);
      if (heading)
        return piece.replace(heading[0], weighted(heading[0], HEADING_WEIGHTS[heading[1]] * weight));
      const body = /^<[a-z]+(?=[^>]*\sdata-pagefind-body)/.exec(piece);
      return body && weight !== 1 ? piece.replace(body[0], weighted(body[0], weight)) : piece;
    })
    .join('');
}
