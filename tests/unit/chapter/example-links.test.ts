import { describe, expect, it } from 'vitest';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { chapterOf, page } from './helpers.ts';

const target = page('einfuehrung', '1 Einführung', '## Definition {#definition}\n', 'Einführung in X');
const prose = (code: string) =>
  page('lehrende', undefined, `Text\n\nEine feste Adresse, etwa ${code}, hält.\n`);

describe('chapter addresses quoted as examples in prose', () => {
  it('are read from inline code with their line', () => {
    const chapter = chapterOf([target, prose('`/einfuehrung/#definition`')]);
    expect(chapter.extraPages[0]?.exampleLinks).toEqual([{ path: '/einfuehrung/#definition', line: 7 }]);
  });

  it('pointing to a missing heading or page is an error with file and line', () => {
    expect(() => chapterOf([target, prose('`/einfuehrung/#lru`')])).toThrow(
      'content/docs/lehrende.mdx:7: Die Beispieladresse `/einfuehrung/#lru` führt ins Leere.',
    );
    expect(() => chapterOf([target, prose('`/gibt-es-nicht/`')])).toThrow(
      'content/docs/lehrende.mdx:7: Die Beispieladresse `/gibt-es-nicht/` führt ins Leere.',
    );
  });

  it('leave other inline code alone: files, code and words', () => {
    const chapter = chapterOf([target, prose('`/links.json`, `max-age=3600` und `npm test`')]);
    expect(chapter.extraPages[0]?.exampleLinks).toEqual([]);
  });

  it('in the real chapter all lead somewhere (the build checks them)', () => {
    const examples = getChapter()
      .pages.concat(getChapter().extraPages)
      .flatMap((p) => p.exampleLinks);
    expect(examples.map((example) => example.path)).toContain(
      '/systemdesign/caching/#verdraengungsstrategien',
    );
  });
});
