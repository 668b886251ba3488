/**
 * Starlight route middleware: the first frame a phone paints already holds the page's opening text.
 * Without it, Chromium paints as soon as its stylesheet is in, often with only the header parsed,
 * and paints the whole layout again once the text under the title is there: one more style and
 * layout pass before the largest text (the LCP element, usually the "Lernziele" list or the first
 * paragraph) shows, some 50 ms of main-thread time on a throttled phone. `<link rel="expect"
 * blocking="render">` holds that first frame until the first section heading is parsed. Browsers
 * without it ignore the link; a missing target only holds until the document is parsed. Decks
 * (/vortrag/) paint their first slide on their own terms and are left alone.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageSlug } from '../lib/og/paths.ts';
import { DECK_ROOT } from '../lib/slides/decks.ts';
import { firstScreenHead } from '../lib/first-screen.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (`/${pageSlug(context.url.pathname, import.meta.env.BASE_URL)}/`.startsWith(DECK_ROOT)) return;
  const link = firstScreenHead(route.headings);
  if (link) route.head.push(link);
});
