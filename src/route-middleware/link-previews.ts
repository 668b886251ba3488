/**
 * Starlight route middleware: gives every page its link preview (canonical URL, OpenGraph and
 * Twitter card meta with the page's own card image), replacing the subset Starlight emits itself
 * so that each tag appears exactly once. The og-cards integration renders the images.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { absoluteUrl, cardAlt, previewMeta, withPreviewMeta } from '../lib/og/meta.ts';
import { cardPath, pageSlug } from '../lib/og/paths.ts';
import { DESCRIPTION_MISSING } from '../lib/og/description.ts';
import { withBase } from '../lib/urls.ts';

// The 404 page has no card of its own; a link to it shows the start page's card, whose title is
// the site's.
const SITE_CARD_PAGES = new Set(['404']);

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? import.meta.env.SITE;
  const slug = pageSlug(context.url.pathname, base);
  const { title, description } = route.entry.data;
  if (!description?.trim()) {
    throw new Error(`Seite „${title}“ (/${slug}): ${DESCRIPTION_MISSING}`);
  }
  const siteCard = SITE_CARD_PAGES.has(slug);
  const tags = previewMeta({
    title,
    description,
    url: absoluteUrl(context.url.pathname, site),
    image: absoluteUrl(withBase(`/${cardPath(siteCard ? '' : slug)}`, base), site),
    imageAlt: siteCard ? cardAlt(route.siteTitle, route.siteTitle) : undefined,
    siteName: route.siteTitle,
  });
  route.head = withPreviewMeta(route.head, tags);
});
