/**
 * Finds glossary terms in running text: every form of a term (the term and its variants) as a
 * whole word, never inside a compound (`Cache` does not match in `Browser-Cache`), the longest form
 * first (`Cache-Miss` before `Cache`). The first letter matches in either case, so a term that
 * opens a sentence is found too. Used by the first-use links (src/plugins/glossary-terms.ts).
 */
import type { GlossaryEntry } from '../chapter/types.ts';

export interface TermMatch {
  /** Offset of the match in the text. */
  index: number;
  /** The text as written. */
  text: string;
  entry: Pick<GlossaryEntry, 'id'>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A form as a pattern: its first letter in either case, the rest as written. */
function pattern(form: string): string {
  const first = form.charAt(0);
  const rest = escape(form.slice(1));
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? `${escape(first)}${rest}` : `[${lower}${upper}]${rest}`;
}

/**
 * A finder for the given entries: `find(text, skip)` returns the matches in `text`, at most one per
 * term and none for a term whose id is in `skip` (already linked on this page).
 *
 * @example
 * const find = termFinder([{ id: 'cache', term: 'Cache', variants: ['Caches'] }, { id: 'cache-miss', term: 'Cache-Miss', variants: [] }]);
 * find('Ein Cache-Miss geht am Cache vorbei, der Browser-Cache auch.', new Set())
 * // [{ index: 4, text: 'Cache-Miss', entry: { id: 'cache-miss', … } }, { index: 26, text: 'Cache', entry: { id: 'cache', … } }]
 */
export function termFinder<E extends Pick<GlossaryEntry, 'id' | 'term' | 'variants'>>(entries: E[]) {
  const forms = entries
    .flatMap((entry) => [entry.term, ...entry.variants].map((form) => ({ form, entry })))
    .sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(forms.map(({ form, entry }) => [form.toLowerCase(), entry]));
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}\\-/])(?:${forms.map(({ form }) => pattern(form)).join('|')})(?![\\p{L}\\p{N}\\-/])`,
    'gu',
  );
  return (text: string, skip: ReadonlySet<string>): Array<TermMatch & { entry: E }> => {
    const found: Array<TermMatch & { entry: E }> = [];
    const taken = new Set(skip);
    for (const match of text.matchAll(regex)) {
      const entry = byForm.get(match[0].toLowerCase());
      if (!entry || taken.has(entry.id)) continue;
      taken.add(entry.id);
      found.push({ index: match.index, text: match[0], entry });
    }
    return found;
  };
}
