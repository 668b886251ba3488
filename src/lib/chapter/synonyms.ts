/**
 * The search's synonym groups, derived from the glossary (content/docs/glossar.yaml): a reader who
 * searches for a term's English name, for a word listed under `suche` or for a variant the chapter
 * avoids (`vermeiden`) is led to the term as the chapter writes it. One file feeds glossary page,
 * first-use links, terminology test and search; search (src/lib/search) is this module's reader.
 */
import type { Glossary } from './types.ts';

/** A term as the chapter writes it and the words readers may search for instead. */
export interface SynonymGroup {
  term: string;
  synonyms: string[];
}

/** The chapter's vocabulary, lower-case: the words a term must be made of. */
type Words = ReadonlySet<string>;

/**
 * The synonym groups of the glossary; `words` (the built pages' vocabulary) checks that each term
 * occurs (as itself or as a variant), so a search rewritten to it can find something. An avoided variant that contains `*` is a
 * pattern, not a word, and is left out.
 *
 * @example
 * glossarySynonyms(getChapter().glossary, lexicon).find((group) => group.term === 'Load-Balancer')
 * // { term: 'Load-Balancer', synonyms: ['load balancer', 'Lastverteiler', 'Lastverteilerin', 'LB', 'Lastenausgleicher', 'Lastausgleicher'] }
 */
export function glossarySynonyms({ file, entries }: Glossary, words: Words): SynonymGroup[] {
  const missing = (form: string) =>
    form
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((word) => word.length >= 4 && !words.has(word));
  return entries.flatMap(({ term, variants, english, search, avoid, line }) => {
    if ([term, ...variants].every((form) => missing(form).length > 0)) {
      throw new Error(
        `${file}:${line}: „${term}“ kommt auf keiner Seite vor (${missing(term).join(', ')}); „begriff“ oder eine der „varianten“ muss so im Text stehen.`,
      );
    }
    const seen = new Set([term.toLowerCase()]);
    const synonyms = [english.replace(/\s*\(.*\)$/, ''), ...search, ...avoid].filter((word) => {
      const key = word.toLowerCase();
      if (word.includes('*') || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return synonyms.length ? [{ term, synonyms }] : [];
  });
}
