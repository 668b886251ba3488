/**
 * What each top-level block of a rendered chapter page is in a deck, and how much of a slide it
 * fills. Running prose becomes speaker notes; lists, tables, figures, asides ("Genauer betrachtet",
 * "Lernziele"), code, self-checks and labs go on slides; a paragraph that opens with a bold term is
 * a definition (its first sentence on the slide, all of it in the notes). Sizes are estimated in
 * lines of slide body text (the slide's stylesheet sets 26 px type on a 1280 × 720 slide, about
 * CHARS_PER_LINE characters a line); the overflow gate in tests/e2e/slides.spec.ts checks the
 * estimate against the real layout.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** Characters of body text per slide line (1184 px wide, 26 px type). */
export const CHARS_PER_LINE = 78;

/** Lines of body text below a slide's title. */
export const SLIDE_LINES = 12;

export type BlockRole =
  /** On the slide. */
  | 'slide'
  /** Prose: into the speaker notes. */
  | 'notes'
  /** A paragraph that defines a term: first sentence on the slide, all of it in the notes. */
  | 'definition'
  /** A lab: a slide of its own, scaled to fit. */
  | 'lab'
  /** A figure with a diagram: a slide of its own, the diagram as large as the slide allows. */
  | 'figure'
  /** Scripts and styles: stay with the slide they are on, take no room. */
  | 'keep';

export function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

const SLIDE_TAGS = new Set([
  'ul',
  'ol',
  'dl',
  'table',
  'pre',
  'blockquote',
  'details',
  'img',
  'svg',
  'aside',
  'section',
  'astro-island',
  'h4',
  'h5',
  'h6',
  'div',
]);

/** Elements that are media, not text: a paragraph holding only them goes on the slide. */
const MEDIA = new Set(['img', 'svg', 'picture', 'video']);

function elementChildren(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element');
}

function meaningfulChildren(node: Element): ElementContent[] {
  return node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
}

/**
 * The role of one top-level element of a page's content.
 *
 * @example
 * blockRole(h('p', [h('strong', 'Caching'), ' ist …'])) // 'definition'
 * blockRole(h('p', 'Fließtext …')) // 'notes'
 */
export function blockRole(node: Element): BlockRole {
  const { tagName } = node;
  if (tagName === 'script' || tagName === 'style' || tagName === 'template' || tagName === 'link')
    return 'keep';
  if (hasClass(node, 'lab-frame')) return 'lab';
  if (tagName === 'figure' && containsDiagram(node)) return 'figure';
  if (tagName === 'figure') return 'slide';
  if (tagName === 'p') {
    const children = meaningfulChildren(node);
    if (children.length > 0 && children.every((c) => c.type === 'element' && MEDIA.has(c.tagName)))
      return 'slide';
    const first = children[0];
    if (first?.type === 'element' && first.tagName === 'strong') return 'definition';
    return 'notes';
  }
  if (SLIDE_TAGS.has(tagName)) return 'slide';
  return 'notes';
}

function containsDiagram(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      (child.tagName === 'svg' || hasClass(child, 'mermaid-diagram') || containsDiagram(child)),
  );
}

function textLines(text: string, perLine = CHARS_PER_LINE): number {
  const length = text.replace(/\s+/g, ' ').trim().length;
  return Math.max(1, Math.ceil(length / perLine));
}

const BLOCKS = new Set([
  'p',
  'ul',
  'ol',
  'dl',
  'div',
  'section',
  'table',
  'pre',
  'figure',
  'aside',
  'details',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
]);

/** An element's height in lines: the sum of its block children, or its text if it has none. */
function contentLines(node: Element, perLine = CHARS_PER_LINE): number {
  const blocks = elementChildren(node).filter((child) => BLOCKS.has(child.tagName));
  if (blocks.length === 0) return textLines(toString(node), perLine);
  return blocks.reduce((sum, child) => sum + innerLines(child), 0);
}

function listLines(list: Element): number {
  return elementChildren(list).reduce((sum, item) => sum + contentLines(item, CHARS_PER_LINE - 4) + 0.3, 0.3);
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of elementChildren(node)) {
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A row's height in body lines: table text is set at 0.8 of the body size. */
export function rowLines(row: Element): number {
  const cells = elementChildren(row);
  const perCell = (CHARS_PER_LINE * 1.2) / Math.max(1, cells.length);
  const tallest = Math.max(1, ...cells.map((cell) => textLines(toString(cell), Math.max(8, perCell - 2))));
  return tallest * 0.8 + 0.45;
}

function codeLines(node: Element): number {
  const lines = toString(node).replace(/\n$/, '').split('\n').length;
  return lines * 0.8 + 1.5;
}

/**
 * How many lines of slide body a block fills (an estimate; labs and diagram figures fill a slide).
 *
 * @example
 * blockLines(h('ul', [h('li', 'kurz'), h('li', 'auch kurz')])) // 2.9
 */
export function blockLines(node: Element, role: BlockRole = blockRole(node)): number {
  if (role === 'keep') return 0;
  if (role === 'lab' || role === 'figure') return SLIDE_LINES;
  if (role === 'definition') return textLines(toString(node)) + 0.4;
  return innerLines(node);
}

/** A block's height in lines, by its kind. */
function innerLines(node: Element): number {
  const { tagName } = node;
  if (tagName === 'ul' || tagName === 'ol' || tagName === 'dl') return listLines(node);
  if (tagName === 'table') return tableRows(node).reduce((sum, row) => sum + rowLines(row), 0.5);
  if (tagName === 'pre' || hasClass(node, 'expressive-code')) return codeLines(node);
  if (tagName === 'aside') {
    const content = elementChildren(node).find((child) => hasClass(child, 'starlight-aside__content'));
    return 1.8 + (content ? contentLines(content) : 0);
  }
  if (tagName === 'section' && hasClass(node, 'self-check')) {
    const [question, where] = elementChildren(node);
    const lines = (child: Element | undefined, perLine: number) =>
      child ? textLines(toString(child), perLine) : 0;
    return lines(question, CHARS_PER_LINE / 1.3) * 1.3 + lines(where, CHARS_PER_LINE) + 4;
  }
  if (tagName === 'h2') return 2.2;
  if (/^h[3-6]$/.test(tagName)) return 1.5;
  if (tagName === 'div' || tagName === 'section' || tagName === 'details' || tagName === 'blockquote')
    return contentLines(node);
  return textLines(toString(node)) + 0.4;
}

export { elementChildren, innerLines, tableRows };
