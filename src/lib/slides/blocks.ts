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

/** Lines of body text below a slide's title (with room to spare for the estimates' errors). */
export const SLIDE_LINES = 12;

/** Characters of a slide title per line (1.6rem type). */
const TITLE_CHARS = 52;

/**
 * Lines of body text a slide really has (measured at 1280 × 720: 14.3 below a one-line title, 0.7
 * fewer with a kicker, 1.3 fewer for each further title line), for a slide that holds a table
 * alone: table rows are estimated closely (columnWidths), so such a slide may fill up to 90 % of
 * its room, never less than SLIDE_LINES.
 *
 * @example
 * tableSlideLines('Algorithmen im Überblick') // 12.87
 */
export function tableSlideLines(title: string, kicker = false): number {
  // " (2/3)": a split table's slides carry their count in the title.
  const titleLines = Math.max(1, Math.ceil((title.length + 6) / TITLE_CHARS));
  const room = 14.3 - (kicker ? 0.7 : 0) - (titleLines - 1) * 1.3;
  return Math.max(SLIDE_LINES, Math.round(room * 0.9 * 100) / 100);
}

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

/**
 * An element's height in lines: the sum of its block children and of the text around them (a list
 * item's own words above its sublist, an experiment's question above its opened „Auflösung“, a
 * `<details>`' summary), or its text if it has no block children.
 */
function contentLines(node: Element, perLine = CHARS_PER_LINE): number {
  const blocks = elementChildren(node).filter((child) => BLOCKS.has(child.tagName));
  if (blocks.length === 0) return textLines(toString(node), perLine);
  const inline = node.children
    .filter((child) => !(child.type === 'element' && BLOCKS.has(child.tagName)))
    .map((child) => toString(child))
    .join('')
    .trim();
  return blocks.reduce((sum, child) => sum + innerLines(child), inline ? textLines(inline, perLine) : 0);
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

/** Characters of table text a slide line holds (the table is set at 0.875 of the body size). */
const TABLE_CHARS = 100;
/** Characters a table cell's padding takes from its column. */
const CELL_PADDING = 5;

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => word.length));
}

/**
 * Each column's width in characters, the way the browser's automatic table layout shares the
 * slide's width: every column gets at least its longest word, the rest goes to the columns by
 * how much longer their longest cell is than that.
 */
export function columnWidths(rows: Element[]): number[] {
  const texts = rows.map((row) =>
    elementChildren(row).map((cell) => toString(cell).replace(/\s+/g, ' ').trim()),
  );
  const columns = Math.max(1, ...texts.map((cells) => cells.length));
  const room = TABLE_CHARS - columns * CELL_PADDING;
  const longest = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...texts.map((cells) => cells[c]?.length ?? 0)),
  );
  const least = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...texts.map((cells) => longestWord(cells[c] ?? ''))),
  );
  const wanted = longest.reduce((sum, n) => sum + n, 0);
  if (wanted <= room) return longest;
  const floor = least.reduce((sum, n) => sum + n, 0);
  const stretch = wanted - floor;
  return least.map(
    (min, c) => min + (Math.max(0, room - floor) * ((longest[c] ?? min) - min)) / Math.max(1, stretch),
  );
}

/**
 * A row's height in body lines: a line of table text is 0.875 of a body line, plus the cell's
 * padding; the tallest cell counts, wrapped at its column's width (columnWidths).
 */
export function rowLines(row: Element, widths: number[] = columnWidths([row])): number {
  const cells = elementChildren(row);
  const tallest = Math.max(
    1,
    ...cells.map((cell, c) => textLines(toString(cell), Math.max(4, (widths[c] ?? 10) * 0.92))),
  );
  return tallest * 0.875 + 0.75;
}

/** The rows' heights in a table (their columns shared across all of them). */
export function tableRowLines(rows: Element[]): number[] {
  const widths = columnWidths(rows);
  return rows.map((row) => rowLines(row, widths));
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
  if (tagName === 'table') return tableRowLines(tableRows(node)).reduce((sum, lines) => sum + lines, 0.5);
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
