import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { diagramHash, renderDiagram, type RenderedDiagram } from './render.ts';

/** Checks that a diagram names itself for screen readers; returns the problem in German or null. */
export function missingAccessibility(source: string): string | null {
  const missing = ['accTitle', 'accDescr'].filter(
    (key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(source),
  );
  return missing.length === 0 ? null : `Mermaid-Diagramm ohne ${missing.join(' und ')}`;
}

/** Wraps one theme's SVG so that CSS can show the variant that matches Starlight's theme. */
function variant(theme: 'light' | 'dark', { svg, width }: RenderedDiagram): string {
  // Wide diagrams scroll sideways on narrow screens instead of shrinking their text away.
  const sized = svg.replace(
    /^<svg([^>]*?)style="[^"]*"/,
    `<svg$1style="max-width:${Math.ceil(width)}px;min-width:min(${Math.ceil(width)}px,36rem)"`,
  );
  return `<div class="mermaid-variant mermaid-${theme}">${sized}</div>`;
}

/**
 * Replaces ```mermaid code blocks with inline SVG rendered at build time, once for the light and
 * once for the dark theme; no Mermaid runtime reaches the reader.
 */
export function mermaidPlugin() {
  return defineMdastPlugin({
    name: 'mermaid-inline-svg',
    async code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const source = node.value;
      const where = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'Markdown';
      const line = node.position?.start.line;
      const at = line ? `${where}:${line}` : where;
      const problem = missingAccessibility(source);
      if (problem) {
        throw new Error(`${at}: ${problem}. Jedes Diagramm braucht accTitle und accDescr (deutsch).`);
      }
      let light: RenderedDiagram;
      let dark: RenderedDiagram;
      try {
        [light, dark] = await Promise.all([renderDiagram(source, 'light'), renderDiagram(source, 'dark')]);
      } catch (error) {
        throw new Error(`${at}: Mermaid-Diagramm lässt sich nicht rendern: ${(error as Error).message}`, {
          cause: error,
        });
      }
      return {
        raw: `<div class="mermaid-diagram" data-diagram="${diagramHash(source)}">${variant('light', light)}${variant('dark', dark)}</div>`,
        mdxExpressions: false,
      };
    },
  });
}
