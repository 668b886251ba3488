/**
 * The glossary page's A–Z order: terms grouped under their initial (Ä under A, as German
 * dictionaries file it), each group with a stable anchor id for the letter navigation.
 */
import type { ResolvedGlossaryEntry } from '../chapter/types.ts';

export interface LetterGroup {
  /** The capital letter shown: `A`. */
  letter: string;
  /** Anchor id of the letter's heading: `buchstabe-a`. */
  id: string;
  entries: ResolvedGlossaryEntry[];
}

/** The initial a term is filed under: umlauts and accents as their base letter. */
function initial(term: string): string {
  return (term.normalize('NFD').charAt(0) || '#').toUpperCase();
}

/**
 * Groups sorted entries by initial, in German alphabetical order.
 *
 * @example
 * byLetter([{ term: 'Cache' }, { term: 'Übertragung' }, { term: 'cache-miss' }] as ResolvedGlossaryEntry[])
 *   .map((group) => group.letter) // ['C', 'U']
 */
export function byLetter(entries: ResolvedGlossaryEntry[]): LetterGroup[] {
  const collator = new Intl.Collator('de');
  const groups = new Map<string, ResolvedGlossaryEntry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.term, b.term))) {
    const letter = initial(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({
    letter,
    id: `buchstabe-${letter.toLowerCase()}`,
    entries: list,
  }));
}

/**
 * A term as an entry heading shows it: first letter capital (`verteiltes System` → `Verteiltes System`).
 *
 * @example
 * displayTerm('verteiltes System') // 'Verteiltes System'
 */
export function displayTerm(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/**
 * Whether an entry shows its English term: not when it reads the same as the German one.
 *
 * @example
 * showEnglish({ term: 'Apache Kafka', english: 'Apache Kafka' }) // false
 * showEnglish({ term: 'Cache-Miss', english: 'cache miss' }) // true
 */
export function showEnglish({ term, english }: { term: string; english: string }): boolean {
  return term.toLowerCase() !== english.toLowerCase();
}
