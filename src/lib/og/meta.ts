/**
 * The link-preview meta of a page (OpenGraph and Twitter cards), as Starlight head entries:
 * what Moodle, Teams or a chat read to show a title, a description and an image when a
 * lecturer pastes a link.
 */
import { COURSE_LINE } from '../../config/course.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card.ts';

/** One `<meta>` or `<link>` tag in Starlight's head format. */
export interface HeadTag {
  tag: 'title' | 'base' | 'link' | 'style' | 'meta' | 'script' | 'noscript' | 'template';
  attrs?: Record<string, string | boolean | undefined>;
  content?: string;
}

export interface PreviewPage {
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of the page's preview card. */
  image: string;
  /** What the card shows, when it is not the page's own card (default: cardAlt of the title). */
  imageAlt?: string;
  siteName: string;
}

/** OpenGraph locale of the site (German, Germany). */
export const OG_LOCALE = 'de_DE';

/**
 * The absolute URL of a path on the site, with a trailing slash on page paths
 * (the site is built with `trailingSlash: 'always'`).
 *
 * @example
 * absoluteUrl('/se/caching', 'https://example.org') // 'https://example.org/se/caching/'
 * absoluteUrl('/se/og/index.png', 'https://example.org') // 'https://example.org/se/og/index.png'
 */
export function absoluteUrl(path: string, site: string | URL): string {
  const url = new URL(path, site);
  if (!/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The text alternative of a page's card: it says what the picture shows.
 *
 * @example
 * cardAlt('Caching', 'Verteilte Softwaresysteme')
 * // 'Vorschaubild: „Caching“ – Verteilte Softwaresysteme, Software Engineering · Kapitel 2'
 */
export function cardAlt(title: string, siteName: string): string {
  return `Vorschaubild: „${title}“ – ${siteName}, ${COURSE_LINE}`;
}

const meta = (key: 'property' | 'name', id: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: { [key]: id, content },
});

/**
 * Every link-preview tag of a page: the canonical link, OpenGraph and Twitter card meta.
 *
 * @example
 * previewMeta({ title: 'Caching', description: '…', url: 'https://x.org/caching/',
 *   image: 'https://x.org/og/caching.png', siteName: 'Verteilte Softwaresysteme' })[0]
 * // { tag: 'link', attrs: { rel: 'canonical', href: 'https://x.org/caching/' } }
 */
export function previewMeta(page: PreviewPage): HeadTag[] {
  const alt = page.imageAlt ?? cardAlt(page.title, page.siteName);
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: page.url } },
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', OG_LOCALE),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:image', page.image),
    meta('property', 'og:image:width', String(CARD_WIDTH)),
    meta('property', 'og:image:height', String(CARD_HEIGHT)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image),
    meta('name', 'twitter:image:alt', alt),
  ];
}

/** What makes two head tags "the same tag": a meta's property or name, or the canonical link. */
function headKey({ tag, attrs = {} }: HeadTag): string | undefined {
  if (tag === 'meta') {
    const id = attrs.property ?? attrs.name;
    return typeof id === 'string' ? `meta:${id}` : undefined;
  }
  if (tag === 'link' && attrs.rel === 'canonical') return 'link:canonical';
  return undefined;
}

/**
 * Adds the preview tags to a head, replacing any tag with the same meta property or name (and any
 * canonical link), so that each one appears exactly once.
 *
 * @example
 * withPreviewMeta([{ tag: 'meta', attrs: { property: 'og:locale', content: 'de' } }],
 *   [{ tag: 'meta', attrs: { property: 'og:locale', content: 'de_DE' } }])
 * // [{ tag: 'meta', attrs: { property: 'og:locale', content: 'de_DE' } }]
 */
export function withPreviewMeta(head: HeadTag[], tags: HeadTag[]): HeadTag[] {
  const replaced = new Set(tags.map(headKey).filter(Boolean));
  return [...head.filter((tag) => !replaced.has(headKey(tag))), ...tags];
}
