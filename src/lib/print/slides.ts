/**
 * The slides PDFs: which decks get them and where they lie. Each deck page is printed (slides-pdf.ts,
 * with the site's one printer) in two editions, next to the deck: `folien.pdf` (16:9, one slide per
 * page at the slide's layout size, 768 × 432 CSS px = 8 × 4,5 Zoll) and `folien-mit-notizen.pdf`
 * (A4, each slide above its speaker notes, `html.deck-print-notes`). Both tagged, with an outline
 * from the slides' headings. The print CSS (src/components/presenter/slides-print.css) lays them out.
 */
import { CHAPTER_TITLE, COURSE } from '../../config/course.ts';
import { findPage } from '../chapter/index.ts';
import { CHAPTER_DECK_PATH, chapterDeckPages, deckPath } from '../slides/decks.ts';

/** The two files written next to a deck (its folder). */
export const SLIDES_FILES = { slides: 'folien.pdf', notes: 'folien-mit-notizen.pdf' } as const;

/** The class on `<html>` that prints the notes edition. */
export const NOTES_EDITION_CLASS = 'deck-print-notes';

export interface SlidesPdfDeck {
  /** Root-relative path of the deck page without base, with trailing slash: `/vortrag/kapitel/`. */
  path: string;
  /** The deck's title (document information), e.g. "Caching". */
  title: string;
}

/**
 * Root-relative addresses (without base) of a deck's PDFs.
 *
 * @example
 * slidesPdfPaths('/vortrag/kapitel/'); // { slides: '/vortrag/kapitel/folien.pdf', notes: '/vortrag/kapitel/folien-mit-notizen.pdf' }
 */
export function slidesPdfPaths(deckPath: string): { slides: string; notes: string } {
  const folder = deckPath.endsWith('/') ? deckPath : `${deckPath}/`;
  return { slides: `${folder}${SLIDES_FILES.slides}`, notes: `${folder}${SLIDES_FILES.notes}` };
}

/** Appendix decks worth a PDF: the questions, for a revision session (review L7-8). */
const APPENDIX_PDF_DECKS = ['verstaendnisfragen'];

/**
 * The decks that get PDFs: the whole chapter's, every page's (a page deck is a part of the
 * chapter deck, and printing one costs about a second) and the questions' deck from the appendix.
 *
 * @example
 * slidesPdfDecks()[0]; // { path: '/vortrag/kapitel/', title: 'das ganze Kapitel 2' }
 * slidesPdfDecks().at(-1); // { path: '/vortrag/verstaendnisfragen/', title: 'Verständnisfragen' }
 */
export function slidesPdfDecks(): SlidesPdfDeck[] {
  return [
    { path: CHAPTER_DECK_PATH, title: `das ganze ${COURSE.chapter}` },
    ...[...chapterDeckPages(), ...APPENDIX_PDF_DECKS].map((slug) => ({
      path: deckPath(slug),
      title: findPage(slug)?.title ?? slug,
    })),
  ];
}

/**
 * A slides PDF's title (document information): the chapter's own title for the whole chapter's
 * deck, the page's title before it for a page's deck (never "Kapitel 2" twice).
 *
 * @example
 * slidesPdfTitle({ path: '/vortrag/kapitel/', title: 'das ganze Kapitel 2' }); // 'Folien: Kapitel 2: Verteilte Softwaresysteme – …'
 * slidesPdfTitle({ path: '/vortrag/systemdesign/caching/', title: 'Caching' }); // 'Folien: Caching – Kapitel 2: Verteilte …'
 */
export function slidesPdfTitle(deck: SlidesPdfDeck): string {
  return deck.path === CHAPTER_DECK_PATH
    ? `Folien: ${CHAPTER_TITLE}`
    : `Folien: ${deck.title} – ${CHAPTER_TITLE}`;
}
