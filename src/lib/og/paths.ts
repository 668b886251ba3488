/**
 * Where a page's preview card lives and which chapter part it belongs to. The route middleware
 * names the card in the page's meta; the og-cards integration writes the PNG to the same place.
 */
import { CHAPTER, type ChapterGroup } from '../chapter/order.ts';

/** Folder in the build output that holds the cards. */
export const CARD_DIR = 'og';

/**
 * The page slug of a URL path: the path without the base path and without outer slashes.
 *
 * @example
 * pageSlug('/se/systemdesign/caching/', '/se/') // 'systemdesign/caching'
 * pageSlug('/', '/') // ''
 */
export function pageSlug(pathname: string, base = '/'): string {
  const prefix = base.replace(/\/?$/, '/');
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return path
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
}

/**
 * The card's path inside the build output, for a page slug: the start page's card is
 * `og/index.png`, every other page's mirrors its address.
 *
 * @example
 * cardPath('systemdesign/caching') // 'og/systemdesign/caching.png'
 * cardPath('') // 'og/index.png'
 */
export function cardPath(slug: string): string {
  const name = slug.replace(/^\/+|\/+$/g, '') || 'index';
  return `${CARD_DIR}/${name}.png`;
}

/**
 * The chapter part (sidebar group label) a page belongs to, or undefined for pages outside the
 * chapter's reading order (the handout, the 404 page).
 *
 * @example
 * partOf('systemdesign/caching') // '3 Systemdesign'
 * partOf('handout') // undefined
 */
export function partOf(slug: string, chapter: ChapterGroup[] = CHAPTER): string | undefined {
  return chapter.find((group) => group.pages.includes(slug))?.label;
}
