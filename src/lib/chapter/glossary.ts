/**
 * The chapter's glossary (content/docs/glossar.yaml), read and checked at the edge: every term with
 * its English name, a one-sentence definition, the section that explains it, the variants that count
 * as the same term, and the variants the chapter avoids. Spelling rules (`schreibweisen`) add words
 * the chapter avoids without being glossary terms. A malformed entry stops the build with file and
 * line; build.ts then checks that every section link resolves. Glossary page, first-use links, search
 * synonyms and the terminology test all read this one parse through the chapter index.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { asciiId } from '../links/ascii-id.ts';
import { STABLE_ID } from './heading-id.ts';
import type { GlossaryEntry, GlossarySource, StyleRule } from './types.ts';

export const GLOSSARY_FILE = 'content/docs/glossar.yaml';

const TERM_KEYS = new Set([
  'begriff',
  'id',
  'englisch',
  'definition',
  'abschnitt',
  'quelle',
  'varianten',
  'suche',
  'vermeiden',
]);
const RULE_KEYS = new Set(['wort', 'vermeiden', 'grund']);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** What the file holds, before build.ts resolves the section links. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  rules: StyleRule[];
}

/**
 * Reads the glossary file. Throws a German error naming file and line for a malformed entry, a
 * missing field, a definition that is not one sentence, an unknown key, and a term, id or variant
 * given twice.
 *
 * @example
 * parseGlossary({ file: 'glossar.yaml', source: 'begriffe:\n  - begriff: Cache\n    englisch: cache\n    definition: Ein schneller Zwischenspeicher.\n    abschnitt: /caching/\n' })
 *   .entries[0] // { id: 'cache', term: 'Cache', english: 'cache', definition: 'Ein schneller Zwischenspeicher.',
 *               //   section: '/caching/', variants: [], search: [], avoid: [], line: 2 }
 */
export function parseGlossary({ file, source }: GlossarySource): ParsedGlossary {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const lineOf = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  const fail = (node: unknown, message: string): never => {
    throw new Error(`${file}:${lineOf(node)}: ${message}`);
  };
  if (doc.errors.length) {
    const [error] = doc.errors;
    throw new Error(`${file}:${error?.linePos?.[0].line ?? 1}: ${error?.message ?? 'YAML-Fehler'}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'erwartet „begriffe:“ (Liste) und „schreibweisen:“ (Liste).');
  const terms = root.get('begriffe', true);
  const rulesNode = root.get('schreibweisen', true);
  if (!isSeq(terms)) return fail(terms ?? root, '„begriffe:“ muss eine Liste von Einträgen sein.');
  if (rulesNode !== undefined && !isSeq(rulesNode))
    return fail(rulesNode, '„schreibweisen:“ muss eine Liste sein.');

  const entries = terms.items.map((item) => readEntry(item, lineOf(item), fail));
  const rules = (isSeq(rulesNode) ? rulesNode.items : []).map((item) => readRule(item, lineOf(item), fail));

  // One meaning per word: a word names one term, and nothing the chapter uses is also avoided.
  checkUnique(entries, file);
  const used = new Map(
    entries.flatMap((entry) => [entry.term, ...entry.variants].map((word) => [word.toLowerCase(), entry])),
  );
  for (const { line, avoid, label } of [
    ...entries.map((entry) => ({ line: entry.line, avoid: entry.avoid, label: entry.term })),
    ...rules.map((rule) => ({ line: rule.line, avoid: rule.avoid, label: rule.word })),
  ]) {
    for (const word of avoid) {
      const clash = used.get(word.toLowerCase());
      if (clash) {
        throw new Error(
          `${file}:${line}: „${word}“ steht bei „${label}“ unter „vermeiden“, ist aber Begriff oder Variante von „${clash.term}“ (${file}:${clash.line}).`,
        );
      }
    }
  }
  return { entries, rules };
}

/** Ids, terms and variants each name one entry. */
function checkUnique(entries: GlossaryEntry[], file: string): void {
  const ids = new Map<string, number>();
  const words = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    const first = ids.get(entry.id);
    if (first !== undefined)
      throw new Error(`${file}:${entry.line}: Die id „${entry.id}“ gibt es schon (${file}:${first}).`);
    ids.set(entry.id, entry.line);
    for (const word of [entry.term, ...entry.variants]) {
      const other = words.get(word.toLowerCase());
      if (other && other !== entry) {
        throw new Error(
          `${file}:${entry.line}: „${word}“ gehört schon zu „${other.term}“ (${file}:${other.line}); ein Wort benennt genau einen Begriff.`,
        );
      }
      words.set(word.toLowerCase(), entry);
    }
  }
}

type Fail = (node: unknown, message: string) => never;

function fields(item: unknown, allowed: Set<string>, fail: Fail) {
  if (!isMap(item)) return fail(item, 'jeder Eintrag ist ein Abschnitt mit Schlüsseln wie „begriff: …“.');
  const data = item.toJSON() as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!allowed.has(key)) {
      const pair = item.items.find(
        (candidate) => String((candidate.key as { value?: unknown }).value) === key,
      );
      fail(pair?.key, `unbekannter Schlüssel „${key}“ (erlaubt: ${[...allowed].join(', ')}).`);
    }
  }
  const list = (key: string): string[] => {
    const value = data[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every(isText))
      return fail(item.get(key, true), `„${key}“ muss eine Liste von Texten sein, z. B. ${key}: [A, B].`);
    return value.map((text) => text.trim());
  };
  return { data, list, node: item };
}

function readEntry(item: unknown, line: number, fail: Fail): GlossaryEntry {
  const { data, list, node } = fields(item, TERM_KEYS, fail);
  for (const key of ['begriff', 'englisch', 'definition', 'abschnitt'] as const) {
    if (!isText(data[key]))
      fail(node.get(key, true) ?? node, `„${key}“ fehlt oder ist leer (jeder Begriff braucht ${key}: …).`);
  }
  const term = String(data.begriff).trim();
  const definition = String(data.definition).trim();
  const section = String(data.abschnitt).trim();
  const id = isText(data.id) ? data.id.trim() : asciiId(term);
  if (!STABLE_ID.test(id))
    fail(node.get('id', true) ?? node, `„${id}“ ist keine lesbare ASCII-id (a–z, 0–9, Bindestriche).`);
  if (!/^\p{Lu}/u.test(definition) || !/[.!?]$/.test(definition) || /[.!?]\s+\p{Lu}/u.test(definition)) {
    fail(
      node.get('definition', true),
      `Die Definition von „${term}“ soll genau ein Satz sein (Großbuchstabe am Anfang, Punkt am Ende).`,
    );
  }
  if (!section.startsWith('/'))
    fail(
      node.get('abschnitt', true),
      `„abschnitt“ ist ein Ziel im Kapitel, z. B. /systemdesign/caching/#caching.`,
    );
  const entry: GlossaryEntry = {
    id,
    term,
    english: String(data.englisch).trim(),
    definition,
    section,
    variants: list('varianten'),
    search: list('suche'),
    avoid: list('vermeiden'),
    line,
  };
  if (isText(data.quelle)) entry.source = data.quelle.trim();
  return entry;
}

function readRule(item: unknown, line: number, fail: Fail): StyleRule {
  const { data, list, node } = fields(item, RULE_KEYS, fail);
  if (!isText(data.wort) || !isText(data.grund))
    fail(node, 'jede Schreibweise braucht „wort“, „grund“ und „vermeiden“ (Liste).');
  const avoid = list('vermeiden');
  if (!avoid.length) fail(node, `„vermeiden“ von „${String(data.wort)}“ ist leer.`);
  return { word: String(data.wort).trim(), reason: String(data.grund).trim(), avoid, line };
}
