import { describe, expect, it } from 'vitest';
import { getChapter, resolveTarget } from '../../../src/lib/chapter/index.ts';
import { buildChapter } from '../../../src/lib/chapter/build.ts';
import { parseGlossary } from '../../../src/lib/chapter/glossary.ts';
import { chapterOf, page } from '../chapter/helpers.ts';

const file = 'content/docs/glossar.yaml';
const entry = (lines: string[]) => lines.map((line) => `    ${line}`).join('\n');
const CACHE = entry([
  'englisch: cache',
  'definition: Ein schneller Zwischenspeicher.',
  'abschnitt: /caching/#caching',
]);
const parse = (source: string) => parseGlossary({ file, source });

describe('the chapter glossary (content/docs/glossar.yaml)', () => {
  const { glossary } = getChapter();

  it('has at least 80 terms, each with English term, one-sentence definition and section', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(80);
    for (const { term, english, definition, sectionLabel } of glossary.entries) {
      expect(term && english && sectionLabel, term).toBeTruthy();
      expect(definition, term).toMatch(/^\p{Lu}.*[.]$/u);
    }
  });

  it('links every term to a section the chapter index resolves', () => {
    const unresolved = glossary.entries.filter(({ section }) => !resolveTarget(section)?.heading);
    expect(unresolved.map(({ term, section }) => `${term}: ${section}`)).toEqual([]);
  });

  it('is in German alphabetical order with unique ids', () => {
    const terms = glossary.entries.map(({ term }) => term);
    expect(terms).toEqual([...terms].sort(new Intl.Collator('de').compare));
    const ids = glossary.entries.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseGlossary', () => {
  it('reads a term with its id from the German term', () => {
    const { entries } = parse(
      `begriffe:\n  - begriff: Cache-Größe\n${CACHE}\n    varianten: [Cache-Größen]\n`,
    );
    expect(entries).toEqual([
      {
        id: 'cache-groesse',
        term: 'Cache-Größe',
        english: 'cache',
        definition: 'Ein schneller Zwischenspeicher.',
        section: '/caching/#caching',
        variants: ['Cache-Größen'],
        search: [],
        avoid: [],
        line: 2,
      },
    ]);
  });

  it('names file and line of a missing field', () => {
    const source = `begriffe:\n  - begriff: Cache\n${CACHE}\n  - begriff: Proxy\n    englisch: proxy\n    abschnitt: /proxy/\n`;
    expect(() => parse(source)).toThrow(/^content\/docs\/glossar\.yaml:6: „definition“ fehlt/);
  });

  it('names file and line of a definition that is more than one sentence', () => {
    const source = `begriffe:\n  - begriff: Cache\n    englisch: cache\n    definition: Ein Speicher. Er ist schnell.\n    abschnitt: /caching/\n`;
    expect(() => parse(source)).toThrow(
      /^content\/docs\/glossar\.yaml:4: Die Definition von „Cache“ soll genau ein Satz sein/,
    );
  });

  it('names file and line of an unknown key and of a YAML syntax error', () => {
    expect(() => parse(`begriffe:\n  - begriff: Cache\n${CACHE}\n    synonyme: [Puffer]\n`)).toThrow(
      /^content\/docs\/glossar\.yaml:6: unbekannter Schlüssel „synonyme“/,
    );
    expect(() => parse('begriffe:\n  - begriff: [Cache\n')).toThrow(/^content\/docs\/glossar\.yaml:\d+: /);
  });

  it('rejects a word that names two terms, and a used word that is also avoided', () => {
    const two = `begriffe:\n  - begriff: Cache\n${CACHE}\n  - begriff: Puffer\n${CACHE}\n    varianten: [Cache]\n`;
    expect(() => parse(two)).toThrow(
      /^content\/docs\/glossar\.yaml:6: „Cache“ gehört schon zu „Cache“ \(content\/docs\/glossar\.yaml:2\)/,
    );
    const avoided = `begriffe:\n  - begriff: Cache\n${CACHE}\n    vermeiden: [Cache]\n`;
    expect(() => parse(avoided)).toThrow(
      /^content\/docs\/glossar\.yaml:2: „Cache“ steht bei „Cache“ unter „vermeiden“/,
    );
  });

  it('stops the build when a section link leads nowhere, naming file and line', () => {
    const pages = [page('caching', '3 Design', '## Was ist Caching? {#caching}\n', 'Caching')];
    const glossary = (section: string) => ({
      file,
      source: `begriffe:\n  - begriff: Cache\n    englisch: cache\n    definition: Ein Speicher.\n    abschnitt: ${section}\n`,
    });
    expect(chapterOf(pages).glossary.entries).toEqual([]);
    expect(buildChapter(pages, [], glossary('/caching/#caching')).glossary.entries[0]?.sectionLabel).toBe(
      '3 Design › Was ist Caching?',
    );
    expect(() => buildChapter(pages, [], glossary('/caching/#lru'))).toThrow(
      /^content\/docs\/glossar\.yaml:2: „Cache“: abschnitt \/caching\/#lru gibt es im Kapitel nicht/,
    );
  });
});
