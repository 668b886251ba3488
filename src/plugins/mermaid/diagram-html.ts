import { readableWidth } from './readable-width.ts';
import { scopeIds } from './render.ts';
import { mergeThemes } from './themes.ts';

/**
 * The natural width and height of an SVG, from its viewBox.
 *
 * @example
 * svgSize('<svg viewBox="-104 -10 618 461">') // { width: 618, height: 461 }
 */
export function svgSize(svg: string): { width: number; height: number } {
  const [, , width = 0, height = 0] = (/\sviewBox="([^"]*)"/.exec(svg)?.[1] ?? '')
    .split(/[\s,]+/)
    .map(Number);
  return { width, height };
}

/**
 * The root `<svg>` as the page needs it. Wide diagrams scroll sideways on narrow screens instead of
 * shrinking their text away: the SVG carries its natural width and the width at which its smallest
 * text is 12 px as custom properties (`-\\-` is CSS for `--`, see themes.ts), and the diagram CSS
 * (src/styles/custom.css) keeps it at least as wide as itself or 36rem, whichever is less, and in a
 * box narrower than 36rem at least this readable width. For screen readers the diagram is one image named by accTitle and described
 * by accDescr (Mermaid's `graphics-document` role would let them wander through every label, and its
 * role description "flowchart-v2" is no word for a reader).
 */
function rootSvg(svg: string): string {
  const natural = svgSize(svg).width;
  const width = Math.ceil(natural);
  const readable = readableWidth(natural, svg);
  return svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag
      .replace(
        /\sstyle="[^"]*"/,
        ` style="max-width:${width}px;-\\-diagram-width:${width}px;-\\-diagram-readable:${readable}px"`,
      )
      .replace(/\srole="[^"]*"/, ' role="img"')
      .replace(/\saria-roledescription="[^"]*"/, ''),
  );
}

/**
 * The height a diagram takes on a phone: its natural size, drawn as wide as it scrolls there (at
 * least 36rem = 576 px and its readable width, never narrower than natural). The page reserves this
 * much before the diagram is first drawn.
 */
function phoneHeight(svg: string): number {
  const { width, height } = svgSize(svg);
  if (width <= 0) return Math.round(height);
  const drawn = Math.max(Math.min(width, 576), readableWidth(width, svg));
  return Math.round((height * drawn) / width);
}

export type DiagramHtml = { html: string; merged: true } | { html: string; merged: false; reason: string };

/**
 * The HTML of one diagram from its light and dark render (trimmed SVGs with the id prefixes
 * `<prefix>-light`/`<prefix>-dark`): one SVG whose colours follow the page's theme, or, when the two
 * renders differ in more than colours, both variants for CSS to choose from (and the reason).
 * `middle`: the diagram is drawn top-down (its root in the middle), so where it scrolls sideways it
 * opens at its middle rather than at its left edge.
 *
 * @example
 * diagramHtml('<svg id="mmd-a-light-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-a-light-0{fill:#333}</style></svg>',
 *   '<svg id="mmd-a-dark-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-a-dark-0{fill:#ccc}</style></svg>', 'mmd-a')
 * // { merged: true, html: '<div class="mermaid-diagram" data-diagram="mmd-a"><svg id="mmd-a-0" … style="max-width:80px;-\\-diagram-width:80px;-\\-diagram-readable:60px">…</svg></div>' }
 */
export function diagramHtml(
  light: string,
  dark: string,
  prefix: string,
  { middle = false }: { middle?: boolean } = {},
): DiagramHtml {
  const result = mergeThemes(light, dark, { light: `${prefix}-light`, dark: `${prefix}-dark`, id: prefix });
  // A diagram drawn top-down opens at its middle where it scrolls sideways (scroll-focus.ts).
  const start = middle ? ' data-start="middle"' : '';
  const open = `<div class="mermaid-diagram" data-diagram="${prefix}"${start} style="contain-intrinsic-size:auto ${phoneHeight(light)}px">`;
  if (result.ok) return { html: `${open}${rootSvg(scopeIds(result.svg, prefix))}</div>`, merged: true };
  const variant = (theme: 'light' | 'dark', svg: string) =>
    `<div class="mermaid-variant mermaid-${theme}">${rootSvg(scopeIds(svg, `${prefix}-${theme}`))}</div>`;
  return {
    html: `${open}${variant('light', light)}${variant('dark', dark)}</div>`,
    merged: false,
    reason: result.reason,
  };
}
