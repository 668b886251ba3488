import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { at, headingIdProblem } from '../lib/chapter/heading-id.ts';

const SEEN = 'headingIds';

/**
 * Makes the heading-id rule (src/lib/chapter/heading-id.ts) a build error: every h2 and h3 carries
 * an explicit, readable ASCII id, unique on its page. The error names file and line and proposes an id.
 *
 * @example
 * markdownToHtml('## Größe', { mdastPlugins: [headingIdsPlugin()] })
 * // throws 'Markdown:1: Die Überschrift „Größe“ braucht eine feste id, … z. B. „## Größe {#groesse}“.'
 */
export function headingIdsPlugin() {
  return defineMdastPlugin({
    name: 'heading-ids',
    options: { position: true },
    heading(node, ctx) {
      const seen = (ctx.data[SEEN] ??= new Set<string>()) as Set<string>;
      const explicit = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      const id = typeof explicit === 'string' ? explicit : undefined;
      const problem = headingIdProblem({ depth: node.depth, text: ctx.textContent(node).trim(), id }, seen);
      if (!problem) return;
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'Markdown';
      throw new Error(`${at(file, node.position?.start.line)}: ${problem}`);
    },
  });
}
