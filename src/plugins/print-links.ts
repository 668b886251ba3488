import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { describeTarget } from '../lib/print/targets.ts';

const CONTENT_DIR = `${process.cwd()}/content/docs`;

/** The chapter slug of an MDX file: `…/content/docs/systemdesign/index.mdx` → `systemdesign`. */
function slugOfFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL) return undefined;
  const rel = relative(CONTENT_DIR, fileURLToPath(fileURL)).split('\\').join('/');
  if (rel.startsWith('..')) return undefined;
  return rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}

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
        if (!href.startsWith('/') && !href.startsWith('#')) return;
        const path = prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
        const target = describeTarget(path, slugOfFile(ctx.fileURL));
        if (target) ctx.setProperty(node, 'dataPrintTarget', target);
      },
    },
  });
}
