/**
 * One term per concept: the variants the glossary says to avoid (`vermeiden` of a term or of a
 * spelling rule in content/docs/glossar.yaml), found in any text with the form to use instead. The
 * terminology test runs it over the chapter, the labs, the handout code and the glossary itself.
 */
import type { Glossary } from '../chapter/types.ts';

export interface AvoidedWord {
  /** The avoided form as the glossary lists it, e.g. `*Fehlschlag*`. */
  avoid: string;
  /** What to write instead, e.g. `Cache-Miss`. */
  use: string;
  pattern: RegExp;
}

export interface Finding {
  /** 1-based line in the text. */
  line: number;
  /** The word as it stands in the text. */
  found: string;
  avoid: string;
  use: string;
}

const WORD = '[\\p{L}\\p{N}-]';

/**
 * An avoided form as a pattern over whole words: case-insensitive, `*` for any letters, digits or
 * hyphens, so `*Fehlschlag*` finds „Cache-Fehlschlag“ and „Fehlschlagquote“, and `Benutzer` finds
 * „Benutzer“ but not „Benutzeroberfläche“.
 *
 * @example
 * avoidedPattern('*Fehlschlag*').test('Die Fehlschlagquote steigt.') // true
 * avoidedPattern('Benutzer').test('die Benutzeroberfläche') // false
 */
export function avoidedPattern(avoid: string): RegExp {
  const body = avoid
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join(`${WORD}*`);
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, 'giu');
}

/**
 * Every avoided form of the glossary with the form to use instead.
 *
 * @example
 * avoidedWords(getChapter().glossary).find((word) => word.avoid === 'Lastenausgleich')?.use // 'Load-Balancing'
 */
export function avoidedWords({ entries, rules }: Pick<Glossary, 'entries' | 'rules'>): AvoidedWord[] {
  return [
    ...entries.flatMap(({ term, avoid }) => avoid.map((word) => ({ avoid: word, use: term }))),
    ...rules.flatMap(({ word: use, avoid }) => avoid.map((word) => ({ avoid: word, use }))),
  ].map((word) => ({ ...word, pattern: avoidedPattern(word.avoid) }));
}

/** Text in German quotation marks („…“) is mentioned, not used: „auf den Folien „Lastenausgleicher““. */
const QUOTED = /„[^“\n]*“/g;

/**
 * The avoided forms in a text, with their lines. A form inside German quotation marks („…“) is
 * quoted, e.g. the deck's wording in an aside, and does not count.
 *
 * @example
 * findAvoided('Zeile eins\nein Cache-Fehlschlag', [{ avoid: '*Fehlschlag*', use: 'Cache-Miss', pattern: avoidedPattern('*Fehlschlag*') }])
 * // [{ line: 2, found: 'Cache-Fehlschlag', avoid: '*Fehlschlag*', use: 'Cache-Miss' }]
 */
export function findAvoided(text: string, words: AvoidedWord[]): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, index) => {
    const content = line.replace(QUOTED, (quote) => ' '.repeat(quote.length));
    for (const { avoid, use, pattern } of words) {
      for (const match of content.matchAll(pattern)) {
        findings.push({ line: index + 1, found: match[0], avoid, use });
      }
    }
  });
  return findings;
}
