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
 * shrinking their text away. For screen readers the diagram is one image named by accTitle and
 * described by accDescr (Mermaid's `graphics-document` role would let them wander through every
 * label, and its role description "flowchart-v2" is no word for a reader).
 */
function rootSvg(svg: string): string {
  const width = Math.ceil(svgSize(svg).width);
  return svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\sstyle="[^"]*"/, ` style="max-width:${width}px;min-width:min(${width}px,36rem)"`)
      .replace(/\srole="[^"]*"/, ' role="img"')
      .replace(/\saria-roledescription="[^"]*"/, ''),
  );
}

/**
 * The height a diagram takes on a phone: its natural size, shrunk to the 36rem (576 px) it keeps
 * at least (wider ones scroll). The page reserves this much before the diagram is first drawn.
 */
function phoneHeight(svg: string): number {
  const { width, height } = svgSize(svg);
  return width > 0 ? Math.round((height * Math.min(width, 576)) / width) : Math.round(height);
}

export type DiagramHtml = { html: string; merged: true } | { html: string; merged: false; reason: string };

/**
 * The HTML of one diagram from its light and dark render (trimmed SVGs with the id prefixes
 * `<prefix>-light`/`<prefix>-dark`): one SVG whose colours follow the page's theme, or, when the two
 * renders differ in more than colours, both variants for CSS to choose from (and the reason).
 *
 * @example
 * diagramHtml('<svg id="mmd-a-light-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-a-light-0{fill:#333}</style></svg>',
 *   '<svg id="mmd-a-dark-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-a-dark-0{fill:#ccc}</style></svg>', 'mmd-a')
 * // { merged: true, html: '<div class="mermaid-diagram" data-diagram="mmd-a"><svg id="mmd-a-0" … style="max-width:80px;min-width:min(80px,36rem)">…</svg></div>' }
 */
export function diagramHtml(light: string, dark: string, prefix: string): DiagramHtml {
  const result = mergeThemes(light, dark, { light: `${prefix}-light`, dark: `${prefix}-dark`, id: prefix });
  const open = `<div class="mermaid-diagram" data-diagram="${prefix}" style="contain-intrinsic-size:auto ${phoneHeight(light)}px">`;
  if (result.ok) return { html: `${open}${rootSvg(scopeIds(result.svg, prefix))}</div>`, merged: true };
  const variant = (theme: 'light' | 'dark', svg: string) =>
    `<div class="mermaid-variant mermaid-${theme}">${rootSvg(scopeIds(svg, `${prefix}-${theme}`))}</div>`;
  return {
    html: `${open}${variant('light', light)}${variant('dark', dark)}</div>`,
    merged: false,
    reason: result.reason,
  };
}
