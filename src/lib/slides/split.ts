/**
 * Splits a block that is too large for one slide into pieces that fit: a list by its items (an
 * ordered list goes on counting with `start`), a table by its body rows (every piece repeats the
 * header row), an aside by its paragraphs (every piece repeats the aside's title). A block that
 * cannot be split (one huge item, a code listing) stays whole; its slide is scaled to fit.
 */
import type { Element } from 'hast';
import { blockLines, elementChildren, hasClass, innerLines, rowLines, SLIDE_LINES } from './blocks.ts';

/** Groups items greedily so that each group's size stays within `budget` (a lone item may not). */
function pack<T>(items: T[], size: (item: T) => number, budget: number, first = budget): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const room = groups.length === 0 ? first : budget;
    const lines = size(item);
    if (current.length > 0 && used + lines > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += lines;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function splitList(list: Element, budget: number, first: number): Element[] {
  const items = elementChildren(list);
  const groups = pack(
    items,
    (item) => blockLines({ ...list, children: [item] }) - 0.3,
    budget - 0.3,
    first - 0.3,
  );
  let start = Number(list.properties.start ?? 1);
  return groups.map((group) => {
    const piece: Element = { ...list, properties: { ...list.properties }, children: group };
    if (list.tagName === 'ol') {
      if (start !== 1) piece.properties.start = start;
      start += group.filter((item) => item.tagName === 'li').length;
    }
    return piece;
  });
}

function splitTable(table: Element, budget: number, first: number): Element[] {
  const parts = elementChildren(table);
  const head = parts.find((part) => part.tagName === 'thead');
  const body = parts.find((part) => part.tagName === 'tbody');
  if (!body) return [table];
  const headLines = head ? elementChildren(head).reduce((sum, row) => sum + rowLines(row), 0) : 0;
  const rows = elementChildren(body);
  const groups = pack(rows, rowLines, budget - headLines - 0.5, first - headLines - 0.5);
  return groups.map((group) => ({
    ...table,
    children: [...(head ? [head] : []), { ...body, children: group }],
  }));
}

function splitAside(aside: Element, budget: number, first: number): Element[] {
  const children = elementChildren(aside);
  const content = children.find((child) => hasClass(child, 'starlight-aside__content'));
  if (!content) return [aside];
  const groups = pack(elementChildren(content), innerLines, budget - 1.8, first - 1.8);
  return groups.map((group) => ({
    ...aside,
    children: children.map((child) => (child === content ? { ...content, children: group } : child)),
  }));
}

/**
 * The pieces of a block, each at most `budget` lines where the block allows it; `first` is the room
 * left on the current slide for the first piece.
 *
 * @example
 * splitBlock(listOf30Items, 12).length // 3 lists, the 2nd and 3rd of an <ol> with start="11", "21"
 */
export function splitBlock(block: Element, budget = SLIDE_LINES, first = budget): Element[] {
  const pieces = piecesOf(block, budget, first);
  // A repeated wrapper keeps its id only once (the first piece), so ids stay unique on the page.
  return pieces.map((piece, index) => {
    if (index === 0 || piece.properties.id === undefined) return piece;
    const { id: _id, ...properties } = piece.properties;
    return { ...piece, properties };
  });
}

function piecesOf(block: Element, budget: number, first: number): Element[] {
  if (block.tagName === 'ul' || block.tagName === 'ol' || block.tagName === 'dl')
    return splitList(block, budget, first);
  if (block.tagName === 'table') return splitTable(block, budget, first);
  if (block.tagName === 'aside' && hasClass(block, 'starlight-aside'))
    return splitAside(block, budget, first);
  if ((block.tagName === 'section' || block.tagName === 'div') && !hasClass(block, 'self-check'))
    return splitContainer(block, budget, first);
  return [block];
}

/** A plain wrapper (a glossary letter, a list of questions): by its children, a list child split in turn. */
function splitContainer(container: Element, budget: number, first: number): Element[] {
  const children = elementChildren(container).flatMap((child) =>
    blockLines(child, 'slide') > budget ? piecesOf(child, budget, budget) : [child],
  );
  if (children.length < 2) return [container];
  return pack(children, (child) => blockLines(child, 'slide'), budget, first).map((group) => ({
    ...container,
    children: group,
  }));
}
