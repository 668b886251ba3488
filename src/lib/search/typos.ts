/**
 * Typo tolerance Pagefind lacks: a query word of five letters or more that the chapter never uses
 * (not even as the start of a word, which Pagefind's prefix search would find) becomes the
 * chapter's word one edit away (a letter added, dropped, changed or two swapped). Scans the
 * vocabulary once per unknown word: a few thousand short strings, well under a millisecond.
 */
import type { Lexicon } from './compounds.ts';

const MIN_LENGTH = 5;
const WORD = /[A-Za-zÄÖÜäöüß]+/g;

/** Whether a and b are at most one edit apart (optimal string alignment distance ≤ 1). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return true;
  const tail = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length)
    return tail(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(i + 2, i + 2));
  return a.length > b.length ? tail(i + 1, i) : tail(i, i + 1);
}

/**
 * The query with each unknown word replaced by a known word one edit away (keeping the first such
 * word in alphabetical order, so the result is stable).
 *
 * @example
 * correctTypos('Round Robbin', new Set(['round', 'robin'])) // 'Round robin'
 * correctTypos('Roun', new Set(['round'])) // 'Roun' (a prefix: Pagefind finds it as typed)
 */
export function correctTypos(query: string, words: Lexicon): string {
  const sorted = [...words].sort();
  return query.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_LENGTH || words.has(lower) || sorted.some((known) => known.startsWith(lower)))
      return word;
    return sorted.find((known) => oneEditApart(lower, known)) ?? word;
  });
}
