// Mermaid writes a generic stylesheet (~90 rules for every shape, look and state the diagram type
// knows), a dozen arrow markers and icon symbols into every SVG, and base64 edge data for animations.
// Each page carried that once per diagram; the reader's browser parsed and matched all of it. Trimming
// keeps what this SVG can use and leaves the drawing identical.

/** One top-level rule of a stylesheet: `selector{body}` or an at-rule such as `@keyframes x{…}`. */
interface CssRule {
  prelude: string;
  body: string;
}

/** Splits a flat stylesheet into top-level rules, keeping nested blocks (keyframes) whole. */
function parseRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let index = 0; index < css.length; index++) {
    const char = css[index];
    if (char === '{') {
      if (depth === 0) open = index;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, index) });
        start = index + 1;
      }
    }
  }
  return rules;
}

/** What an SVG contains that a selector can ask for: classes, element names, attribute pairs. */
interface SvgFacts {
  classes: Set<string>;
  tags: Set<string>;
  markup: string;
}

function factsOf(svg: string): SvgFacts {
  const classes = new Set<string>();
  for (const [, value] of svg.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (value ?? '').split(/\s+/)) if (name) classes.add(name);
  const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map(([, tag]) => (tag ?? '').toLowerCase()));
  return { classes, tags, markup: svg };
}

/**
 * Whether a selector may match inside the SVG. Conservative: it answers false only when the selector
 * needs a class, element or attribute value that the SVG does not contain at all; anything it cannot
 * reason about (`:not(…)`, `:has(…)`) counts as a match.
 */
function mayMatch(selector: string, facts: SvgFacts): boolean {
  if (/:(?:not|has|is|where)\(/.test(selector)) return true;
  // Scoped under the SVG's id, `:root` cannot match (Mermaid's own `#id :root{…}` rule).
  if (/\s:root\b/.test(selector)) return false;
  for (const [, attribute, value] of selector.matchAll(/\[([\w-]+)(?:=["“”']?([^\]"“”']*)["“”']?)?\]/g)) {
    const pattern = value === undefined ? `\\s${attribute}="` : `\\s${attribute}="${escape(value)}"`;
    if (!new RegExp(pattern).test(facts.markup)) return false;
  }
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/#[\w-]+/g, '');
  for (const [, name] of bare.matchAll(/\.([\w-]+)/g)) if (!facts.classes.has(name ?? '')) return false;
  for (const [, tag] of bare.matchAll(/(?:^|[\s>+~(])([a-zA-Z][\w-]*)/g))
    if (!facts.tags.has((tag ?? '').toLowerCase())) return false;
  return true;
}

/** Elements that draw nothing themselves and are only used by reference; they do not nest. */
const REFERABLE =
  /<(marker|symbol|filter|linearGradient|radialGradient|pattern|clipPath|mask)\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Keeps the style rules that can apply to this SVG: selectors that need a class, element or
 * attribute the SVG lacks are dropped, keyframes no kept rule animates are dropped, and a font
 * declaration that repeats the root's is left to inheritance.
 *
 * @example
 * trimStyle('#d{font-family:A;fill:#333}#d .node rect{fill:red;font-family:A}#d .cluster rect{fill:blue}', '<g class="node"><rect/></g>')
 * // '#d{font-family:A;fill:#333}#d .node rect{fill:red}'
 */
export function trimStyle(css: string, svg: string): string {
  const facts = factsOf(svg);
  const rules = parseRules(css);
  const rootFont = /(?:^|;)\s*font-family:([^;]*)/.exec(rules[0]?.body ?? '')?.[1];
  const kept: CssRule[] = [];
  for (const rule of rules) {
    if (rule.prelude.startsWith('@')) {
      kept.push(rule);
      continue;
    }
    const selectors = rule.prelude.split(',').filter((selector) => mayMatch(selector.trim(), facts));
    if (selectors.length === 0) continue;
    let body = rule.body;
    if (kept.length > 0 && rootFont !== undefined)
      body = body
        .replace(new RegExp(`(^|;)\\s*font-family:${escape(rootFont)}(;|$)`), '$1')
        .replace(/^;/, '');
    if (body.trim() === '') continue;
    kept.push({ prelude: selectors.join(','), body });
  }
  const declarations = kept
    .filter((rule) => !rule.prelude.startsWith('@'))
    .map((rule) => rule.body)
    .join(';');
  const trimmed = kept
    .filter((rule) => {
      const name = /^@(?:-webkit-)?keyframes\s+([\w-]+)/.exec(rule.prelude)?.[1];
      return (
        name === undefined || new RegExp(`animation(?:-name)?:[^;]*\\b${escape(name)}\\b`).test(declarations)
      );
    })
    .map((rule) => `${rule.prelude}{${rule.body}}`)
    .join('');
  return unquote(trimmed);
}

/**
 * Drops quotes the CSS does not need ("Segoe UI" → Segoe UI, [id$="-arrowhead"] → [id$=-arrowhead]).
 * Astro's typographer turns straight quotes in a page's text, also in an inline `<style>`, into
 * curly ones, which would break the font list and the selectors.
 */
function unquote(css: string): string {
  return css.replace(
    /(=)?"(-?[A-Za-z_][\w-]*(?: [A-Za-z_][\w-]*)*)"/g,
    (all, equals: string | undefined, text: string) =>
      equals && text.includes(' ') ? all : `${equals ?? ''}${text}`,
  );
}

/** The same font list, however Mermaid quoted and spaced it. */
function fontKey(value: string): string {
  return value
    .replace(/&quot;|["']/g, '')
    .replace(/\s*,\s*/g, ',')
    .trim();
}

/**
 * Removes what a rendered Mermaid SVG carries but never shows: unused style rules (see
 * {@link trimStyle}), arrow markers, icon symbols, filters and gradients nothing refers to, empty
 * `<defs>`, the base64 `data-points` of edges and other `data-` bookkeeping no style selects, a
 * font list that repeats the root's. The drawing stays pixel for pixel the same (merging Mermaid's
 * one-tspan-per-word labels would not: glyphs shift by subpixels). Idempotent.
 *
 * @example
 * trimSvg('<svg id="d"><style>#d .a{fill:red}#d .b{fill:blue}</style><defs><marker id="m"><path/></marker></defs><path class="a" data-points="Wz"/></svg>')
 * // '<svg id="d"><style>#d .a{fill:red}</style><path class="a"/></svg>'
 */
export function trimSvg(svg: string): string {
  // Dropping a marker can leave a style rule without its last match, and the reverse: to a fixpoint.
  let current = svg;
  for (;;) {
    const next = trimOnce(current);
    if (next === current) return next;
    current = next;
  }
}

function trimOnce(svg: string): string {
  let trimmed = svg
    .replace(/\sdata-points="[^"]*"/g, '')
    .replace(/\sstyle="[;\s]*"/g, '')
    .replace(/<g><\/g>|<g\/>/g, '');
  const markup = trimmed.replace(/<style>[\s\S]*?<\/style>/g, '');
  trimmed = trimmed.replace(
    /<style>([\s\S]*?)<\/style>/g,
    (_all, css: string) => `<style>${trimStyle(css, markup)}</style>`,
  );
  // Markers, symbols, filters and gradients only act where something points at them (url(#id),
  // href="#id"); the dark theme also brings a drop-shadow filter and a gradient for the "neo" look.
  for (let changed = true; changed;) {
    changed = false;
    for (const [element, , id] of trimmed.matchAll(REFERABLE)) {
      if (new RegExp(`#${escape(id ?? '')}(?![\\w-])`).test(trimmed)) continue;
      trimmed = trimmed.replace(element, '');
      changed = true;
    }
  }
  // Bookkeeping attributes for Mermaid's own scripts; no kept style rule selects them.
  if (!/\[data-/.test(trimmed)) trimmed = trimmed.replace(/\sdata-(?:edge|et|id|look|type)="[^"]*"/g, '');
  // Labels repeat the root's font list in their own style attribute; inheritance gives them the same.
  const rootFont = /<style>#[\w-]+\{[^}]*?font-family:([^;}]*)/.exec(trimmed)?.[1];
  if (rootFont !== undefined)
    trimmed = trimmed.replace(
      /(\sstyle="[^"]*?)\s*font-family:((?:&quot;|[^;"])*);?/g,
      (all, before: string, value: string) => (fontKey(value) === fontKey(rootFont) ? before : all),
    );
  return trimmed.replace(/<defs><\/defs>|<defs\/>/g, '').replace(/\sstyle=""/g, '');
}
