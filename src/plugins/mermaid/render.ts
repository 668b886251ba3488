import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../lib/chromium.ts';

export type DiagramTheme = 'light' | 'dark';

export interface RenderedDiagram {
  svg: string;
  width: number;
  height: number;
}

// Bump when the rendering setup changes so that cached SVGs are rendered anew.
const RENDER_VERSION = 3;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'mermaid-svg');

const THEMES: Record<DiagramTheme, 'default' | 'dark'> = { light: 'default', dark: 'dark' };

let renderer: MermaidRenderer | undefined;

function getRenderer(): MermaidRenderer {
  renderer ??= createMermaidRenderer({
    browserType: chromium,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  });
  return renderer;
}

/** A stable short id for a diagram's source, used as the SVG id prefix and cache key. */
export function diagramHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 10);
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
 * Renders one Mermaid diagram to SVG in a headless Chromium, cached on disk by source and theme,
 * so that a rebuild without diagram changes starts no browser at all.
 */
export async function renderDiagram(source: string, theme: DiagramTheme): Promise<RenderedDiagram> {
  const prefix = `mmd-${diagramHash(source)}-${theme}`;
  const key = createHash('sha256').update(`${RENDER_VERSION}\n${theme}\n${source}`).digest('hex');
  const cacheFile = join(CACHE_DIR, `${key}.json`);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as RenderedDiagram;
    return { ...cached, svg: scopeIds(cached.svg, prefix) };
  } catch {
    // Not cached yet.
  }
  const [result] = await getRenderer()([source], {
    prefix,
    mermaidConfig: {
      theme: THEMES[theme],
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      securityLevel: 'strict',
      flowchart: { htmlLabels: false },
    },
  });
  if (!result || result.status === 'rejected') {
    const reason: unknown = result?.reason;
    throw new Error(reason instanceof Error ? reason.message : String(reason));
  }
  const { svg, width, height } = result.value;
  const rendered = { svg, width, height };
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(rendered));
  return { ...rendered, svg: scopeIds(svg, prefix) };
}
