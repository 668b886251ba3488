import { describe, expect, it } from 'vitest';
import { findPage, getChapter, PAGE_ORDER, resolveTarget } from '../../../src/lib/chapter/index.ts';
import { LABS } from '../../../src/lib/labs.ts';
import { chapterOf, page } from './helpers.ts';

const lab = {
  id: 'caching',
  title: 'Caching-Labor',
  description: '',
  page: '/teil/caching/',
  anchor: 'labor',
  experiments: [],
};

describe('the chapter index', () => {
  it('groups pages into parts in reading order and keeps extra pages apart', () => {
    const chapter = chapterOf([
      page('', 'Start', ''),
      page('teil', '2 Teil', ''),
      page('teil/caching', '2 Teil', '## Labor {#labor}'),
      page('fuer-lehrende', undefined, ''),
    ]);
    expect(
      chapter.parts.map((part) => [part.label, part.pages.map((p) => `${p.slug}@${p.indexInPart}`)]),
    ).toEqual([
      ['Start', ['@0']],
      ['2 Teil', ['teil@0', 'teil/caching@1']],
    ]);
    expect(chapter.pages.map((p) => p.path)).toEqual(['/', '/teil/', '/teil/caching/']);
    expect(chapter.extraPages.map((p) => [p.slug, p.part])).toEqual([['fuer-lehrende', undefined]]);
  });

  it('attaches each lab to its page and checks its anchor', () => {
    const pages = [page('teil', '2 Teil', ''), page('teil/caching', '2 Teil', '## Labor {#labor}')];
    expect(chapterOf(pages, [lab]).pages[1]?.labs).toEqual([lab]);
    expect(() => chapterOf(pages.slice(0, 1), [lab])).toThrow('Labor ohne Kapitelseite: caching');
    expect(() => chapterOf([page('teil/caching', '2 Teil', '## Übungen {#uebungen}')], [lab])).toThrow(
      'Labor „caching“ (src/lib/labs.ts): Auf content/docs/teil/caching.mdx gibt es keine Überschrift mit der id „labor“.',
    );
  });

  it('rejects a page path that is not readable ASCII and a page listed twice', () => {
    expect(() => chapterOf([page('systemdesign/Größe', 'X', '')])).toThrow(
      'Seite „systemdesign/Größe“: Der Pfad muss aus lesbaren ASCII-Teilen bestehen (a–z, 0–9, Bindestriche).',
    );
    expect(() => chapterOf([page('a', 'A', ''), page('a', 'A', '')])).toThrow('Seite „a“ steht zweimal');
  });

  it('resolves links to pages, sections, figures and questions, and nothing else', () => {
    const chapter = chapterOf([
      page(
        'a',
        'A',
        '## Teil {#teil}\n\n<Figure id="abb-x" caption="X" />\n\n<SelfCheck nr={2} question="?" href="#teil" />\n\n<SelfCheck nr={2} sub="a" question="!" href="#teil" />',
      ),
    ]);
    expect(resolveTarget('/a/', undefined, chapter)?.page.slug).toBe('a');
    expect(resolveTarget('/a/#teil', undefined, chapter)?.heading?.text).toBe('Teil');
    expect(resolveTarget('#abb-x', 'a', chapter)?.figure?.number).toBe(1);
    // A question is named by its number, a sub-question by number and letter (question-key.ts).
    expect(resolveTarget('#frage-2', 'a', chapter)?.question).toBe('2');
    expect(resolveTarget('#frage-2a', 'a', chapter)?.question).toBe('2a');
    expect(resolveTarget('#frage-2b', 'a', chapter)).toBeUndefined();
    expect(resolveTarget('/a/#fehlt', undefined, chapter)).toBeUndefined();
    expect(resolveTarget('/handout/', undefined, chapter)).toBeUndefined();
  });

  it('reads the real chapter once and in the order of src/lib/chapter/order.ts', () => {
    const chapter = getChapter();
    expect(getChapter()).toBe(chapter);
    expect(chapter.pages.map((p) => p.slug)).toEqual(PAGE_ORDER);
    expect(chapter.pages.flatMap((p) => p.labs)).toEqual(LABS);
    expect(findPage('fuer-lehrende')?.title).toBe('Für Lehrende');
    expect(chapter.pages.every((p) => p.description.length > 0)).toBe(true);
  });
});
