import { createHash } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { CARD_MAX_BYTES } from '../../src/lib/og/compress.ts';
import { at, BASE, builtPages, expect, SITE, test } from './fixtures.ts';

const ROOT = `${SITE}${BASE}`;

const TAGS = [
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

// The 404 page borrows the start page's card; redirect pages show their destination's preview.
const PAGES = builtPages().filter((path) => path !== '/404.html' && !Object.hasOwn(REDIRECTS, path));

interface Head {
  meta: Record<string, string[]>;
  canonical: string[];
  description: string[];
  h1: string;
}

/**
 * The head as a link-preview robot sees it: the served HTML, parsed by Chromium without loading the
 * page (preview robots run no scripts either).
 */
async function readHead(page: Page, request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(at(path));
  expect(response.status(), `${path}: HTTP-Status`).toBe(200);
  return page.evaluate(
    (html) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      const meta: Record<string, string[]> = {};
      for (const tag of document.head.querySelectorAll('meta')) {
        const key = tag.getAttribute('property') ?? tag.getAttribute('name');
        if (key) (meta[key] ??= []).push(tag.getAttribute('content') ?? '');
      }
      return {
        meta,
        canonical: [...document.querySelectorAll('link[rel="canonical"]')].map(
          (link) => link.getAttribute('href') ?? '',
        ),
        description: meta.description ?? [],
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      };
    },
    await response.text(),
  );
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG-Signatur').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1'), 'IHDR-Chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Fetches a card by its absolute URL from the preview server (the URL names the deployed site). */
async function fetchCard(request: APIRequestContext, url: string) {
  expect(url.startsWith(ROOT), `${url} liegt unter ${ROOT}`).toBe(true);
  const response = await request.get(at(`/${url.slice(ROOT.length)}`));
  expect(response.status(), `${url}: HTTP-Status`).toBe(200);
  expect(response.headers()['content-type'], `${url}: Content-Type`).toMatch(/^image\/png\b/);
  return response.body();
}

test.describe('Linkvorschau (OpenGraph, Twitter)', () => {
  // One test reads every page (a step each, named by the page): a new context per page cost more
  // than the check itself.
  test('jede Seite: Vorschau-Metadaten und ein eigenes Vorschaubild', async ({ page, request }) => {
    const images = new Set<string>();
    const hashes = new Set<string>();
    for (const path of PAGES)
      await test.step(path, async () => {
        const head = await readHead(page, request, path);
        const one = (key: string) => head.meta[key]?.[0] ?? '';

        for (const key of TAGS) expect(head.meta[key] ?? [], `genau ein ${key}`).toHaveLength(1);
        expect(head.canonical, 'genau ein <link rel="canonical">').toHaveLength(1);

        const url = `${ROOT}${path.replace(/^\//, '')}`;
        expect(head.canonical[0], 'canonical ist die absolute Adresse der Seite').toBe(url);
        expect(one('og:url'), 'og:url = canonical').toBe(url);

        expect(one('og:title'), 'og:title = Überschrift der Seite').toBe(head.h1);
        expect(one('twitter:title')).toBe(head.h1);
        expect(head.description, 'meta description').toHaveLength(1);
        expect(one('og:description').trim(), 'og:description nicht leer').not.toBe('');
        expect(one('og:description'), 'og:description = meta description').toBe(head.description[0]);
        expect(one('twitter:description')).toBe(head.description[0]);

        expect(one('og:type')).toBe('article');
        expect(one('og:locale')).toBe('de_DE');
        expect(one('og:site_name')).toBe('Verteilte Softwaresysteme');
        expect(one('twitter:card')).toBe('summary_large_image');
        expect(one('og:image:width')).toBe('1200');
        expect(one('og:image:height')).toBe('630');
        expect(one('og:image:type')).toBe('image/png');
        expect(one('og:image:alt'), 'Alternativtext nennt den Titel').toContain(head.h1);
        expect(one('twitter:image:alt')).toBe(one('og:image:alt'));

        const image = one('og:image');
        expect(
          image.startsWith(`${ROOT}og/`) && image.endsWith('.png'),
          `og:image ${image} unter ${ROOT}og/`,
        ).toBe(true);
        expect(one('twitter:image')).toBe(image);
        const card = await fetchCard(request, image);
        expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
        expect(card.length, `${image}: höchstens ${CARD_MAX_BYTES / 1024} KB`).toBeLessThanOrEqual(
          CARD_MAX_BYTES,
        );
        images.add(image);
        hashes.add(createHash('sha256').update(card).digest('hex'));
      });
    expect(images.size, 'verschiedene Bild-Adressen').toBe(PAGES.length);
    expect(hashes.size, 'verschiedene Bilder').toBe(PAGES.length);
  });

  test('die 404-Seite zeigt das Vorschaubild der Startseite', async ({ page, request }) => {
    const head = await readHead(page, request, '/404.html');
    for (const key of TAGS) expect(head.meta[key] ?? [], `genau ein ${key}`).toHaveLength(1);
    expect(head.meta['og:image']).toEqual([`${ROOT}og/index.png`]);
  });

  test('ein Kurzlink zeigt ohne Skript die Vorschau seines Ziels', async ({ request }) => {
    // Preview robots of chats and LMSs read the HTML without running its redirect script.
    for (const [from, to] of Object.entries(REDIRECTS)) {
      const html = await (await request.get(at(from), { maxRedirects: 0 })).text();
      const destination = new URL(at(to.split('#')[0] ?? ''), SITE).href;
      expect(html, from).toContain(`<meta property="og:url" content="${destination}"`);
      expect(html, from).toMatch(/<meta property="og:image" content="[^"]+\.png"\/?>/);
    }
  });
});
