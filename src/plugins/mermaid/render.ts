import { createHash } from 'node:crypto';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../lib/chromium.ts';
import { mermaidConfig, type DiagramTheme } from './store.ts';
import { trimSvg } from './trim.ts';

export type { DiagramTheme } from './store.ts';

let renderer: MermaidRenderer | undefined;

function getRenderer(): MermaidRenderer {
  renderer ??= createMermaidRenderer({
    browserType: chromium,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  });
  return renderer;
}

/** A stable short id for a diagram's source, used as the SVG id prefix. */
export function diagramHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 10);
}

/**
 * The id prefix of a diagram's SVG; a theme's render adds `-light`/`-dark`, Mermaid then `-0`.
 *
 * @example
 * diagramPrefix('flowchart LR\n  A --> B') // 'mmd-' + 10 hex digits, the same on every machine
 */
export function diagramPrefix(source: string): string {
  return `mmd-${diagramHash(source)}`;
}

/**
 * Scopes the ids inside a rendered SVG to the diagram: Mermaid prefixes most of them, but sequence
 * diagrams also emit plain ids (`actor0`, `root-0`) that repeat across diagrams on one page.
 *
 * @example
 * scopeIds('<svg id="p"><g id="actor0"/><use href="#actor0"/></svg>', 'p')
 * // '<svg id="p"><g id="p-actor0"/><use href="#p-actor0"/></svg>'
 */
export function scopeIds(svg: string, prefix: string): string {
  const plain = [...svg.matchAll(/\sid="([^"]+)"/g)]
    .map(([, id]) => id ?? '')
    .filter((id) => id && !id.includes(prefix));
  let scoped = svg;
  for (const id of new Set(plain)) {
    const name = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    scoped = scoped
      .replace(new RegExp(`(\\sid=")${name}"`, 'g'), `$1${prefix}-${id}"`)
      .replace(new RegExp(`#${name}(?![\\w-])`, 'g'), `#${prefix}-${id}`);
  }
  return scoped;
}

/**
 * Renders one Mermaid diagram to a trimmed SVG in a headless Chromium (started on first use; throws
 * the German "Kein Chromium gefunden" message with the install command when there is none).
 */
export async function renderDiagram(source: string, theme: DiagramTheme): Promise<string> {
  const [result] = await getRenderer()([source], {
    prefix: `${diagramPrefix(source)}-${theme}`,
    mermaidConfig: mermaidConfig(theme),
  });
  if (!result || result.status === 'rejected') {
    const reason: unknown = result?.reason;
    throw new Error(reason instanceof Error ? reason.message : String(reason));
  }
  return trimSvg(result.value.svg);
}
