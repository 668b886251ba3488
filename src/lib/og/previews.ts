/**
 * What every page announces as its link preview (title, description, URL, card), planned from the
 * chapter index and the few routes that are not MDX pages (the handout, the labs' embed views, the decks).
 * The route middleware and the embed layout write the same facts into each page's meta, so the
 * og-cards integration and the redirect pages need not read the built HTML back.
 */
import { COURSE } from '../../config/course.ts';
import { getChapter, type Chapter } from '../chapter/index.ts';
import { embedPath, LABS, type Lab } from '../labs.ts';
import { HANDOUT_PAGE } from '../print/handout.ts';
import { deckList } from '../slides/decks.ts';
import { slugOfPath } from '../chapter/paths.ts';
import { withBase } from '../urls.ts';
import { absoluteUrl } from './meta.ts';
import { cardPath } from './paths.ts';

export interface PagePreview {
  title: string;
  description: string;
  /** og:url, absolute. */
  url: string;
  /** og:image, absolute. */
  image: string;
  siteName: string;
}

/**
 * The preview of every page that owns a card: chapter pages, pages outside the reading order,
 * the handout, each lab's embed view and each deck (/vortrag/…).
 *
 * @example
 * sitePreviews('https://x.org', '/se/').find((p) => p.url === 'https://x.org/se/systemdesign/caching/')?.image
 * // 'https://x.org/se/og/systemdesign/caching.png'
 */
export function sitePreviews(
  site: string,
  base: string,
  siteName: string = COURSE.siteName,
  chapter: Chapter = getChapter(),
  labs: Lab[] = LABS,
): PagePreview[] {
  const pages = [
    ...[...chapter.pages, ...chapter.extraPages].map(({ path, title, description }) => ({
      path,
      title,
      description,
    })),
    HANDOUT_PAGE,
    ...labs.map((lab) => ({ path: embedPath(lab), title: lab.title, description: lab.description })),
    ...deckList(chapter).map(({ path, title, description }) => ({ path, title, description })),
  ];
  return pages.map(({ path, title, description }) => ({
    title,
    description,
    url: absoluteUrl(withBase(path, base), site),
    image: absoluteUrl(withBase(`/${cardPath(slugOfPath(path))}`, base), site),
    siteName,
  }));
}
