/**
 * The lecture mode's decks and their addresses: one deck per chapter page, mirroring the page's path
 * under `/vortrag/` (so `/systemdesign/caching/#lru` ↔ `/vortrag/systemdesign/caching/#lru`), and
 * one for the whole chapter at `/vortrag/kapitel/`. Paths here are root-relative without base.
 */
import { COURSE } from '../../config/course.ts';
import { getChapter, type Chapter } from '../chapter/index.ts';
import { CHAPTER, PAGE_ORDER } from '../chapter/order.ts';
import { APPENDIX } from '../print/handout.ts';

/** Where the decks live. */
export const DECK_ROOT = '/vortrag/';

/** The last segment of the whole chapter's deck: `/vortrag/kapitel/`. */
export const CHAPTER_DECK = 'kapitel';

/** Id of a deck's title slide (the chapter deck prefixes it per part). */
export const TITLE_SLIDE_ID = 'titel';

/** Id of the slides made of what stands before a page's first heading (Lernziele, intro). */
export const INTRO_SLIDE_ID = 'einstieg';

/**
 * The deck of a chapter page.
 *
 * @example
 * deckPath('systemdesign/caching') // '/vortrag/systemdesign/caching/'
 * deckPath('') // '/vortrag/'
 */
export function deckPath(slug: string): string {
  return slug ? `${DECK_ROOT}${slug}/` : DECK_ROOT;
}

/** The whole chapter's deck: `/vortrag/kapitel/`. */
export const CHAPTER_DECK_PATH = `${DECK_ROOT}${CHAPTER_DECK}/`;

/**
 * The pages of the whole chapter's deck: the reading order without the appendix (questions,
 * sources, figure list and glossary are not lecture material).
 *
 * @example
 * chapterDeckPages().includes('systemdesign/caching') // true
 * chapterDeckPages().includes('glossar') // false
 */
export function chapterDeckPages(order: string[] = PAGE_ORDER): string[] {
  return order.filter((slug) => !APPENDIX.includes(slug));
}

/**
 * The part (sidebar group) a page belongs to, as its title slide names it: "3 Systemdesign".
 *
 * @example
 * partLabel('systemdesign/caching') // '3 Systemdesign'
 */
export function partLabel(slug: string, chapter = CHAPTER): string | undefined {
  return chapter.find((group) => group.pages.includes(slug))?.label;
}

/**
 * The page slug whose deck a path shows, or undefined for other paths and the chapter deck.
 *
 * @example
 * pageOfDeck('/vortrag/systemdesign/caching/') // 'systemdesign/caching'
 * pageOfDeck('/vortrag/') // ''
 */
export function pageOfDeck(path: string, order: string[] = PAGE_ORDER): string | undefined {
  if (!path.startsWith(DECK_ROOT)) return undefined;
  const slug = path.slice(DECK_ROOT.length).replace(/\/$/, '');
  return order.includes(slug) ? slug : undefined;
}

export interface DeckInfo {
  /** `systemdesign/caching`, or `kapitel` for the whole chapter. */
  id: string;
  /** Root-relative without base: `/vortrag/systemdesign/caching/`. */
  path: string;
  /** The page title (and link-preview title): "Vortrag: Caching". */
  title: string;
  description: string;
  /** The chapter pages it shows, in order. */
  pages: string[];
}

/**
 * Every deck with its title and description (the deck pages, their link previews and the link
 * manifest all read this list).
 *
 * @example
 * deckList().find((deck) => deck.id === 'systemdesign/caching')?.title // 'Vortrag: Caching'
 * deckList().at(-1)?.path // '/vortrag/kapitel/'
 */
export function deckList(chapter: Chapter = getChapter(), order: string[] = PAGE_ORDER): DeckInfo[] {
  const pageDecks = order.map((slug) => {
    const page = chapter.pages.find((candidate) => candidate.slug === slug);
    const title = page?.title ?? slug;
    const lab = page?.labs.length ? ' und dem laufenden Labor' : '';
    return {
      id: slug,
      path: deckPath(slug),
      title: `Vortrag: ${title}`,
      description: `Folien zur Seite „${title}“, aus den Kursnotizen erzeugt, mit Sprechernotizen${lab}.`,
      pages: [slug],
    };
  });
  return [
    ...pageDecks,
    {
      id: CHAPTER_DECK,
      path: CHAPTER_DECK_PATH,
      title: 'Vortrag: das ganze Kapitel',
      description: `Alle Folien zu ${COURSE.chapter} (${COURSE.title}), aus den Kursnotizen erzeugt, mit Sprechernotizen und laufenden Laboren.`,
      pages: chapterDeckPages(order),
    },
  ];
}

if (PAGE_ORDER.includes(CHAPTER_DECK)) {
  throw new Error(
    `Vortrag: Die Seite „${CHAPTER_DECK}“ in src/lib/chapter/order.ts kollidiert mit dem Foliensatz des ganzen Kapitels (${CHAPTER_DECK_PATH}).`,
  );
}
