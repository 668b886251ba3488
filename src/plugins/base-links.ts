import { defineHastPlugin } from 'satteri';

/**
 * Prefixes root-relative links in content (`/systemdesign/caching/`) with the site's base path,
 * so the chapter can be deployed under a sub-path without authors writing the base into links.
 *
 * @example
 * baseLinksPlugin('/se/') // turns href="/quellen/" into href="/se/quellen/"
 */
export function baseLinksPlugin(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (!prefix || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        if (href === prefix || href.startsWith(`${prefix}/`)) return;
        ctx.setProperty(node, 'href', `${prefix}${href}`);
      },
    },
  });
}
