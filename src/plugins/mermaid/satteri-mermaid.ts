import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { CHROMIUM_PACKAGE, findChromium } from '../../lib/chromium.ts';
import { diagramHtml } from './diagram-html.ts';
import { diagramPrefix, renderDiagram } from './render.ts';
import { buildStore } from './build-store.ts';
import { STORE_PATH, storeKey, type DiagramTheme } from './store.ts';

/** Checks that a diagram names itself for screen readers; returns the problem in German or null. */
export function missingAccessibility(source: string): string | null {
  const missing = ['accTitle', 'accDescr'].filter(
    (key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(source),
  );
  return missing.length === 0 ? null : `Mermaid-Diagramm ohne ${missing.join(' und ')}`;
}

const INSTALL_CHROMIUM = `sudo apt-get install -y ${CHROMIUM_PACKAGE}`;

/**
 * One theme's SVG of a diagram: from the committed store, or rendered in Chromium and written to the
 * store for the author to commit. Under CI=true a missing or uncommitted entry is an error, so that
 * nobody forgets to commit one. Errors are in German and start with `at` (file:line).
 */
async function themeSvg(source: string, theme: DiagramTheme, at: string): Promise<string> {
  const store = buildStore();
  const key = storeKey(source, theme);
  const entry = `${STORE_PATH}/${key}.svg`;
  const stored = store.read(key);
  const ci = Boolean(process.env.CI) && process.env.CI !== '0' && process.env.CI !== 'false';
  if (stored !== undefined) {
    if (ci && store.committed(key) === false)
      throw new Error(`${at}: ${entry} ist nicht in git. Bitte committen: git add ${STORE_PATH}`);
    return stored;
  }
  if (ci)
    throw new Error(
      `${at}: Das Diagramm (${theme === 'light' ? 'hell' : 'dunkel'}) fehlt im Diagrammspeicher (${entry}). ` +
        `Lokal "npm run build" ausführen und die neuen Dateien in ${STORE_PATH}/ committen.`,
    );
  try {
    findChromium();
  } catch {
    throw new Error(
      `${at}: Das Diagramm ist neu oder geändert und noch nicht gezeichnet (${entry} fehlt); dafür braucht der Build Chromium. ` +
        `Installieren (Debian/Ubuntu): ${INSTALL_CHROMIUM} – dann erneut bauen und die neuen Dateien in ${STORE_PATH}/ committen.`,
    );
  }
  let svg: string;
  try {
    svg = await renderDiagram(source, theme);
  } catch (error) {
    throw new Error(`${at}: Mermaid-Diagramm lässt sich nicht rendern: ${(error as Error).message}`, {
      cause: error,
    });
  }
  store.write(key, svg);
  console.log(`[mermaid] ${at}: neu gezeichnet → ${entry} (bitte committen)`);
  return svg;
}

/**
 * Whether a diagram is a flowchart drawn top-down (TD, TB, BT, or no direction): Mermaid stands its
 * root and its subgraphs' titles in the middle, so a reader who must scroll sideways starts there.
 *
 * @example
 * topDown('flowchart TD\n  A --> B') // true
 * topDown('flowchart LR\n  A --> B') // false
 * topDown('sequenceDiagram\n  A ->> B: Hallo') // false
 */
export function topDown(source: string): boolean {
  return /^\s*(?:flowchart|graph)(?:[ \t]+(?:TD|TB|BT))?[ \t]*;?[ \t]*$/im.test(source);
}

/**
 * Replaces ```mermaid code blocks with inline SVG made at build time: one SVG per diagram whose
 * colours follow Starlight's light/dark theme (print: light); no Mermaid runtime reaches the reader.
 * The SVGs come from the committed store (src/plugins/mermaid/store/); Chromium is started only
 * for diagrams that are not in it yet.
 */
export function mermaidPlugin() {
  return defineMdastPlugin({
    name: 'mermaid-inline-svg',
    // Error messages name the diagram's line.
    options: { position: true },
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
      const [light, dark] = await Promise.all([themeSvg(source, 'light', at), themeSvg(source, 'dark', at)]);
      const diagram = diagramHtml(light, dark, diagramPrefix(source), { middle: topDown(source) });
      if (!diagram.merged)
        console.warn(`[mermaid] ${at}: zwei SVGs (hell und dunkel) statt einem – ${diagram.reason}`);
      return { rawHtml: diagram.html };
    },
  });
}
