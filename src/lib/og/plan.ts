/**
 * Which cards a build needs, from its pages' previews (src/lib/og/previews.ts): each page names its
 * card in og:image, and the page whose own address matches the card's file name supplies the card's
 * text. A page may borrow another page's card, but never one that no page makes.
 */
import { cardHtml, type CardContent } from './card.ts';
import { absoluteUrl } from './meta.ts';
import { cardPath, pageSlug, partOf } from './paths.ts';
import type { PagePreview } from './previews.ts';

export interface PlannedCard {
  /** Path of the PNG inside the build output, e.g. `og/systemdesign/caching.png`. */
  file: string;
  content: CardContent;
  html: string;
}

export interface CardPlan {
  cards: PlannedCard[];
  /** German messages for pages whose og:image points nowhere useful. */
  errors: string[];
}

/**
 * The path inside the build output that an absolute URL of the site points to, or undefined for a
 * URL outside SITE + BASE.
 *
 * @example
 * sitePath('https://x.org/se/og/index.png', 'https://x.org', '/se/') // 'og/index.png'
 */
export function sitePath(url: string, site: string, base: string): string | undefined {
  const root = absoluteUrl(base.replace(/\/?$/, '/'), site);
  return url.startsWith(root) ? decodeURI(url.slice(root.length).split(/[?#]/)[0] ?? '') : undefined;
}

/**
 * Plans one card per page that owns one, sorted by file, with the pages' previews as text.
 *
 * @example
 * planCards([{ title: 'Caching', description: '…', siteName: 'VS', url: 'https://x.org/systemdesign/caching/',
 *   image: 'https://x.org/og/systemdesign/caching.png' }], 'https://x.org', '/').cards[0].file
 * // 'og/systemdesign/caching.png'
 */
export function planCards(previews: PagePreview[], site: string, base: string): CardPlan {
  const cards = new Map<string, PlannedCard>();
  const wanted = new Map<string, string>();
  const errors: string[] = [];
  for (const preview of previews) {
    const image = sitePath(preview.image, site, base);
    const page = sitePath(preview.url, site, base);
    if (image === undefined || page === undefined) {
      errors.push(
        `${preview.url}: og:url und og:image müssen unter ${absoluteUrl(base, site)} liegen (SITE und BASE), ` +
          `og:image ist ${preview.image}.`,
      );
      continue;
    }
    const slug = pageSlug(`/${page}`);
    wanted.set(image, preview.url);
    if (cardPath(slug) !== image || cards.has(image)) continue;
    const content: CardContent = {
      siteName: preview.siteName,
      part: partOf(slug),
      title: preview.title,
      description: preview.description,
    };
    cards.set(image, { file: image, content, html: cardHtml(content) });
  }
  for (const [image, url] of wanted) {
    if (!cards.has(image)) errors.push(`${url}: og:image ${image} gehört zu keiner gebauten Seite.`);
  }
  return { cards: [...cards.values()].sort((a, b) => a.file.localeCompare(b.file)), errors };
}
