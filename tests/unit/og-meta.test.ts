import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  cardAlt,
  OG_LOCALE,
  previewMeta,
  withPreviewMeta,
  type HeadTag,
} from '../../src/lib/og/meta.ts';

const page = {
  title: 'Caching',
  description: 'Zwischenspeichern in verteilten Systemen.',
  url: 'https://example.org/se/systemdesign/caching/',
  image: 'https://example.org/se/og/systemdesign/caching.png',
  siteName: 'Verteilte Softwaresysteme',
};

const REQUIRED = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:locale',
  'og:site_name',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:type',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

const metaContent = (head: HeadTag[], key: string) =>
  head
    .filter(({ tag, attrs }) => tag === 'meta' && (attrs?.property === key || attrs?.name === key))
    .map(({ attrs }) => attrs?.content);

// What Starlight 0.42's getHead() emits for a page (utils/head.ts), in its order.
const starlightHead: HeadTag[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' } },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
  { tag: 'title', content: 'Caching | Verteilte Softwaresysteme' },
  { tag: 'link', attrs: { rel: 'canonical', href: 'http://localhost/systemdesign/caching/' } },
  { tag: 'link', attrs: { rel: 'sitemap', href: '/se/sitemap-index.xml' } },
  { tag: 'link', attrs: { rel: 'shortcut icon', href: '/se/favicon.svg', type: 'image/svg+xml' } },
  { tag: 'meta', attrs: { property: 'og:title', content: 'Caching' } },
  { tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
  { tag: 'meta', attrs: { property: 'og:url', content: 'http://localhost/systemdesign/caching/' } },
  { tag: 'meta', attrs: { property: 'og:locale', content: 'de' } },
  { tag: 'meta', attrs: { property: 'og:description', content: page.description } },
  { tag: 'meta', attrs: { property: 'og:site_name', content: page.siteName } },
  { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  { tag: 'meta', attrs: { name: 'description', content: page.description } },
];

describe('previewMeta', () => {
  it('has every link-preview tag exactly once', () => {
    const head = previewMeta(page);
    for (const key of REQUIRED) expect(metaContent(head, key), key).toHaveLength(1);
    expect(head.filter(({ attrs }) => attrs?.rel === 'canonical')).toHaveLength(1);
  });

  it('points og:url, the canonical link and the images at absolute URLs', () => {
    const head = previewMeta(page);
    expect(head[0]).toEqual({ tag: 'link', attrs: { rel: 'canonical', href: page.url } });
    expect(metaContent(head, 'og:url')).toEqual([page.url]);
    expect(metaContent(head, 'og:image')).toEqual([page.image]);
    expect(metaContent(head, 'twitter:image')).toEqual([page.image]);
  });

  it('describes a large German PNG card', () => {
    const head = previewMeta(page);
    expect(metaContent(head, 'og:locale')).toEqual([OG_LOCALE]);
    expect(OG_LOCALE).toBe('de_DE');
    expect(metaContent(head, 'og:image:width')).toEqual(['1200']);
    expect(metaContent(head, 'og:image:height')).toEqual(['630']);
    expect(metaContent(head, 'og:image:type')).toEqual(['image/png']);
    expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(head, 'og:image:alt')).toEqual([cardAlt('Caching', page.siteName)]);
    expect(metaContent(head, 'twitter:image:alt')).toEqual(metaContent(head, 'og:image:alt'));
  });

  it('takes another alt text when the page borrows a card', () => {
    const head = previewMeta({ ...page, imageAlt: 'Vorschaubild der Startseite' });
    expect(metaContent(head, 'og:image:alt')).toEqual(['Vorschaubild der Startseite']);
  });
});

describe('cardAlt', () => {
  it('names the title, the site and the course', () => {
    expect(cardAlt('Peer-to-Peer', 'Verteilte Softwaresysteme')).toBe(
      'Vorschaubild: „Peer-to-Peer“ – Verteilte Softwaresysteme, Software Engineering · Kapitel 2',
    );
  });
});

describe('withPreviewMeta', () => {
  const merged = withPreviewMeta(starlightHead, previewMeta(page));

  it("replaces Starlight's own preview tags, so each appears once", () => {
    for (const key of REQUIRED) expect(metaContent(merged, key), key).toHaveLength(1);
    expect(merged.filter(({ attrs }) => attrs?.rel === 'canonical')).toEqual([
      { tag: 'link', attrs: { rel: 'canonical', href: page.url } },
    ]);
    expect(metaContent(merged, 'og:locale')).toEqual(['de_DE']);
    expect(metaContent(merged, 'og:url')).toEqual([page.url]);
  });

  it('keeps every other tag in its place', () => {
    expect(merged.slice(0, 4).map((tag) => tag.attrs?.charset ?? tag.attrs?.name ?? tag.tag)).toEqual([
      'utf-8',
      'viewport',
      'title',
      'link',
    ]);
    expect(
      merged.filter(({ attrs }) => attrs?.rel === 'sitemap' || attrs?.rel === 'shortcut icon'),
    ).toHaveLength(2);
    expect(metaContent(merged, 'description')).toEqual([page.description]);
  });

  it('treats property and name as the same key', () => {
    const head: HeadTag[] = [{ tag: 'meta', attrs: { name: 'og:title', content: 'Alt' } }];
    const tags: HeadTag[] = [{ tag: 'meta', attrs: { property: 'og:title', content: 'Neu' } }];
    expect(withPreviewMeta(head, tags)).toEqual(tags);
  });
});

describe('absoluteUrl', () => {
  it('adds SITE to a path that already carries BASE, with a trailing slash on pages', () => {
    expect(absoluteUrl('/se/kapitel-2/systemdesign/caching', 'https://example.org')).toBe(
      'https://example.org/se/kapitel-2/systemdesign/caching/',
    );
    expect(absoluteUrl('/se/kapitel-2/', 'https://example.org/')).toBe('https://example.org/se/kapitel-2/');
  });

  it('leaves file paths alone', () => {
    expect(absoluteUrl('/og/index.png', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/og/index.png');
  });
});
