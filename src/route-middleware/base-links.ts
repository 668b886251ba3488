/**
 * Starlight route middleware: puts the base path in front of root-relative hero action links
 * (frontmatter `hero.actions[].link`, e.g. on the 404 page), which the Markdown plugin that does
 * this for links in the text never sees.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/urls.ts';

export const onRequest = defineRouteMiddleware((context) => {
  for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link);
  }
});
