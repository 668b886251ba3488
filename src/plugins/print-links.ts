import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { slugOfFile } from '../lib/chapter/paths.ts';
import { describeTarget } from '../lib/print/targets.ts';

/**
 * Marks internal links in content with `data-print-target="Seite › Abschnitt"`, so the print style
 * sheet can say where a link leads ("siehe …") on paper, where a link cannot be followed.
 *
 * @example
 * printLinksPlugin('/') // <a href="/einfuehrung/#definition"> gets data-print-target="Einführung … › Definition"
 */
export function printLinksPlugin(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'print-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || href.startsWith('//')) return;
        // A glossary link on a term prints as the plain term (src/plugins/glossary-terms.ts).
        if (String(node.properties?.['className'] ?? '').includes('term-link')) return;
        if (!href.startsWith('/') && !href.startsWith('#')) return;
        const path = prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
        const target = describeTarget(path, ctx.fileURL && slugOfFile(fileURLToPath(ctx.fileURL)));
        if (target) ctx.setProperty(node, 'dataPrintTarget', target);
      },
    },
  });
}
