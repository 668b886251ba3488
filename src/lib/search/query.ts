/**
 * What a typed query becomes before Pagefind sees it, in the search dialog and in the benchmark
 * alike: English or German synonyms the chapter does not use are replaced by the term it uses, then
 * words the chapter never uses and that are one letter off a word it does use are corrected
 * (typos.ts), then compounds the chapter does not use whole are split into their parts
 * (compounds.ts).
 */
import { splitQuery, type Lexicon } from './compounds.ts';
import type { SynonymGroup } from '../chapter/synonyms.ts';
import { correctTypos } from './typos.ts';

export type { SynonymGroup };

/** Everything query processing needs, written by the build to `search-lexicon.json`. */
export interface SearchLexicon {
  words: Lexicon;
  synonyms: readonly SynonymGroup[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A listed phrase ("Scale-out") is always replaced: its words may occur apart in the chapter.
const known = (synonym: string, words: Lexicon) => !/[\s-]/.test(synonym) && words.has(synonym.toLowerCase());

/**
 * The query Pagefind runs for what a reader typed.
 *
 * @example
 * const lexicon = { words: new Set(['load', 'balancer', 'last', 'verteilung']), synonyms: [{ term: 'Load Balancer', synonyms: ['Lastverteiler'] }] };
 * processQuery('Lastverteiler', lexicon) // 'Load Balancer'
 * processQuery('Verteilung', lexicon) // 'Verteilung'
 */
export function processQuery(query: string, { words, synonyms }: SearchLexicon): string {
  let result = query.trim();
  const pairs = synonyms
    .flatMap(({ term, synonyms: alternatives }) => alternatives.map((synonym) => ({ term, synonym })))
    .sort((a, b) => b.synonym.length - a.synonym.length);
  for (const { term, synonym } of pairs) {
    if (known(synonym, words)) continue;
    result = result.replace(new RegExp(`(?<![\\p{L}\\d])${escape(synonym)}(?![\\p{L}\\d])`, 'giu'), term);
  }
  return splitQuery(correctTypos(result, words), words);
}

/**
 * The lexicon as JSON for the browser, and back.
 *
 * @example
 * parseLexicon(serializeLexicon({ words: new Set(['last']), synonyms: [] })).words.has('last') // true
 */
export function serializeLexicon({ words, synonyms }: SearchLexicon): string {
  return JSON.stringify({ words: [...words].sort(), synonyms });
}

/** See serializeLexicon. */
export function parseLexicon(json: string): SearchLexicon {
  const data = JSON.parse(json) as { words: string[]; synonyms: SynonymGroup[] };
  return { words: new Set(data.words), synonyms: data.synonyms };
}
