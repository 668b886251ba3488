/**
 * The chapter's synonym pairs (content/docs/synonyme.yaml), read and checked at the edge: a malformed
 * entry or a term the chapter never uses stops the build with the file and line. Chapter data, so it
 * is read here with the rest of the chapter; search (src/lib/search) is its reader. The glossary of
 * issue 13 is meant to grow from this file.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** A term as the chapter writes it and the words readers may search for instead. */
export interface SynonymGroup {
  term: string;
  synonyms: string[];
}

/** The chapter's vocabulary, lower-case: the words a term must be made of. */
type Words = ReadonlySet<string>;

export const SYNONYM_FILE = 'content/docs/synonyme.yaml';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The synonym groups of `file`; `words` (the chapter's vocabulary) checks that each term occurs.
 *
 * @example
 * readSynonyms('content/docs/synonyme.yaml', lexicon)[0] // { term: 'Load Balancer', synonyms: ['Lastverteiler', …] }
 */
export function readSynonyms(
  file: string,
  words: Words,
  source = readFileSync(file, 'utf8'),
): SynonymGroup[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const where = (node: Node | null | undefined) =>
    `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  if (doc.errors.length) throw new Error(`${where(null)}: ${doc.errors[0].message}`);
  if (!isSeq(doc.contents))
    throw new Error(
      `${where(doc.contents)}: erwartet eine Liste von Einträgen mit „begriff“ und „synonyme“.`,
    );
  return doc.contents.items.map((item) => {
    const entry = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const term = entry?.begriff;
    const synonyms = entry?.synonyme;
    if (!isText(term) || !Array.isArray(synonyms) || !synonyms.every(isText) || synonyms.length === 0) {
      throw new Error(
        `${where(item as Node)}: jeder Eintrag braucht „begriff“ (Text) und „synonyme“ (Liste von Texten).`,
      );
    }
    const missing = term
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((word) => word.length >= 4 && !words.has(word));
    if (missing.length) {
      throw new Error(
        `${where(item as Node)}: „${term}“ kommt im Kapitel nicht vor (${missing.join(', ')}); „begriff“ muss so im Text stehen.`,
      );
    }
    return { term, synonyms };
  });
}
