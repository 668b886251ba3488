import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { avoidedPattern, avoidedWords, findAvoided } from '../../../src/lib/glossary/terminology.ts';

// The rule lives in content/docs/glossar.yaml (`vermeiden` per term and per spelling rule); this
// test applies it to everything a reader sees: the chapter pages (through the chapter index), the
// labs' UI and messages (src/components, src/sim), the handout and the site's other code (src/),
// and the glossary's own definitions.
const chapter = getChapter();
const words = avoidedWords(chapter.glossary);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Code without its comments (English, for developers), lines kept in place. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

const report = (where: string, found: string, use: string) => `${where}: „${found}“ – einheitlich: ${use}`;

describe('terminology: one German term per concept', () => {
  it('has avoided variants to check (from the glossary)', () => {
    expect(words.map((word) => word.avoid)).toEqual(
      expect.arrayContaining(['*Fehlschlag*', 'Lastenausgleich', 'Benutzer']),
    );
  });

  it('the chapter pages use none of the avoided variants', () => {
    const findings = [...chapter.pages, ...chapter.extraPages].flatMap((page) =>
      page.text.flatMap(({ line, text }) =>
        findAvoided(text, words).map(({ found, use }) => report(`${page.file}:${line}`, found, use)),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('labs, simulations, handout and the rest of src/ use none of them in what they show', () => {
    const findings = sourceFiles('src').flatMap((file) =>
      findAvoided(withoutComments(readFileSync(file, 'utf8')), words).map(({ line, found, use }) =>
        report(`${relative('.', file)}:${line}`, found, use),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('the glossary itself uses none of them', () => {
    const findings = chapter.glossary.entries.flatMap(({ term, definition, line }) =>
      findAvoided(`${term} ${definition}`, words).map(({ found, use }) =>
        report(`${chapter.glossary.file}:${line}`, found, use),
      ),
    );
    expect(findings).toEqual([]);
  });
});

describe('avoided variants as patterns', () => {
  it('match whole words in any case, `*` standing for letters', () => {
    expect('Der Cache-Fehlschlag und die fehlschlagquote'.match(avoidedPattern('*Fehlschlag*'))).toEqual([
      'Cache-Fehlschlag',
      'fehlschlagquote',
    ]);
    expect('Lastenausgleich, Lastenausgleicher'.match(avoidedPattern('Lastenausgleich'))).toEqual([
      'Lastenausgleich',
    ]);
  });

  it('leave compounds alone unless asked', () => {
    expect('die Benutzeroberfläche'.match(avoidedPattern('Benutzer'))).toBeNull();
    expect('dem Benutzer'.match(avoidedPattern('Benutzer'))).toEqual(['Benutzer']);
  });

  it('do not count a quoted form („…“), such as the deck quoted in an aside', () => {
    const words = [
      { avoid: 'Lastenausgleich', use: 'Load-Balancing', pattern: avoidedPattern('Lastenausgleich') },
    ];
    expect(findAvoided('Auf den Folien heißt es „Lastenausgleich“.', words)).toEqual([]);
    expect(findAvoided('Lastenausgleich „x“', words)).toHaveLength(1);
  });

  it('report line, found form and the form to use', () => {
    const words = [
      { avoid: 'Lastenausgleich', use: 'Load-Balancing', pattern: avoidedPattern('Lastenausgleich') },
    ];
    expect(findAvoided('erste Zeile\nzweite mit Lastenausgleich', words)).toEqual([
      { line: 2, found: 'Lastenausgleich', avoid: 'Lastenausgleich', use: 'Load-Balancing' },
    ]);
  });
});
