import { describe, expect, it } from 'vitest';
import { CHAPTER_TITLE, COURSE } from '../../../src/config/course.ts';
import { slidesPdfDecks, slidesPdfTitle } from '../../../src/lib/print/slides.ts';

// B4-20: the chapter deck's PDF was titled "Folien: das ganze Kapitel 2 – Kapitel 2: …".
describe('slidesPdfTitle', () => {
  const decks = slidesPdfDecks();

  it('names the chapter once in every slides PDF', () => {
    for (const deck of decks) {
      const title = slidesPdfTitle(deck);
      expect(title.split(COURSE.chapter).length - 1, title).toBe(1);
      expect(title.startsWith('Folien: '), title).toBe(true);
    }
  });

  it('gives the whole chapter the chapter title and each page its own title first', () => {
    const [chapter, page] = decks;
    expect(slidesPdfTitle(chapter!)).toBe(`Folien: ${CHAPTER_TITLE}`);
    expect(slidesPdfTitle(page!)).toBe(`Folien: ${page!.title} – ${CHAPTER_TITLE}`);
  });
});

// L7-8: the questions' deck is the one appendix deck a lecturer prints (revision session).
describe('slidesPdfDecks', () => {
  it('prints the questions from the appendix, and no other appendix deck', () => {
    const paths = slidesPdfDecks().map((deck) => deck.path);
    expect(paths).toContain('/vortrag/verstaendnisfragen/');
    expect(paths.filter((path) => /glossar|quellen|abbildungen/.test(path))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
