/**
 * Splits a block that is too large for one slide into pieces that fit: a list by its items (an
 * ordered list goes on counting with `start`), a table by its body rows (every piece repeats the
 * header row), an aside by its paragraphs (every piece repeats the aside's title). A block that
 * cannot be split (one huge item, a code listing) stays whole; its slide is scaled to fit.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { blockLines, elementChildren, hasClass, innerLines, SLIDE_LINES } from './blocks.ts';

/** A slide with at least this share of its room still free holds "little so far". */
const LITTLE_USED = 3 / 4;

/** The lines a group of consecutive items `from` … `to - 1` fills on a slide. */
type GroupLines = (from: number, to: number) => number;

/**
 * Fills groups greedily, each up to `budget` lines; the first one, which shares the current slide,
 * up to `first` (or it stays empty). An item larger than a whole slide stands alone.
 */
function fill(n: number, lines: GroupLines, budget: number, first?: number): number[][] {
  const groups: number[][] = [];
  let start = 0;
  let room = first ?? budget;
  for (let index = 0; index < n; index++) {
    if (index > start && lines(start, index + 1) > room) {
      groups.push(range(start, index));
      start = index;
      room = budget;
    }
    if (index === start && lines(index, index + 1) > room && room < budget) {
      groups.push([]); // too little room left on the current slide: start on a fresh one
      room = budget;
    }
  }
  groups.push(range(start, n));
  return groups;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/**
 * `count` groups of consecutive items, each within its room (an item larger than a slide alone),
 * with the least sum of squared free room: the most even split (dynamic programming, O(count·n²)).
 */
function evenCut(
  n: number,
  lines: GroupLines,
  count: number,
  room: (group: number) => number,
  budget: number,
): number[][] | undefined {
  // cost[g][i]: best cost of items 0 … i-1 in g groups; from[g][i]: where the g-th group starts.
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let g = 1; g <= count; g++) {
    const cap = room(g - 1);
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= 0; j--) {
        const used = lines(j, i);
        const alone = i - j === 1 && used > budget && cap === budget;
        if (used > cap && !alone) break;
        const total = cost[g - 1]![j]! + (alone ? 0 : (cap - used) ** 2);
        if (total < cost[g]![i]!) {
          cost[g]![i] = total;
          from[g]![i] = j;
        }
      }
    }
  }
  if (cost[count]![n] === Infinity) return undefined;
  const groups: number[][] = [];
  for (let g = count, i = n; g > 0; g--) {
    const j = from[g]![i]!;
    groups.unshift(range(j, i));
    i = j;
  }
  return groups;
}

/**
 * Groups items into as few slides as they need, as evenly filled as possible, so that no
 * continuation slide is left with a lonely last row. `lines(from, to)` is what a group of items
 * fills; `first` is the room left on the current slide: the first group goes there if that saves
 * a slide or the slide holds little so far; otherwise a block that fits on a slide of its own (a
 * table) is not torn apart.
 *
 * @example
 * packGroups(5, (from, to) => to - from, 4) // [[0, 1, 2], [3, 4]], not [[0, 1, 2, 3], [4]]
 */
export function packGroups(n: number, lines: GroupLines, budget: number, first = budget): number[][] {
  if (n === 0) return [];
  const fresh = fill(n, lines, budget);
  const here = first < budget ? fill(n, lines, budget, first) : undefined;
  // The first group of `here` shares the current slide (it costs no new slide): worth it if that
  // saves a slide, or if the slide holds little so far (a lead-in line must not stand alone).
  const shared =
    here !== undefined &&
    here[0]!.length > 0 &&
    (here.length - 1 < fresh.length || first >= budget * LITTLE_USED);
  const count = shared ? here.length : fresh.length;
  const even = evenCut(n, lines, count, (group) => (group === 0 && shared ? first : budget), budget);
  return even ?? (shared ? here : fresh).filter((group) => group.length > 0);
}

/**
 * packGroups for items whose sizes add up (list items, paragraphs).
 *
 * @example
 * pack([1, 1, 1, 1, 1], (n) => n, 4) // [[1, 1, 1], [1, 1]]
 */
export function pack<T>(items: T[], size: (item: T) => number, budget: number, first = budget): T[][] {
  const prefix = [0];
  for (const item of items) prefix.push(prefix.at(-1)! + size(item));
  return packGroups(items.length, (from, to) => prefix[to]! - prefix[from]!, budget, first).map((group) =>
    group.map((index) => items[index]!),
  );
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
  const rows = elementChildren(body);
  const piece = (group: Element[]): Element => ({
    ...table,
    children: [...(head ? [head] : []), { ...body, children: group }],
  });
  // A piece is measured whole: the browser sets its columns by the rows it holds.
  const lines = (from: number, to: number) => blockLines(piece(rows.slice(from, to)), 'slide');
  return packGroups(rows.length, lines, budget, first).map((group) =>
    piece(group.map((index) => rows[index]!)),
  );
}

/** A paragraph that introduces what follows ("Nach dieser Seite können Sie …", "Es gilt:"). */
function isLeadIn(node: Element): boolean {
  return node.tagName === 'p' && /(?::|…|\.\.\.)\s*$/.test(toString(node));
}

/**
 * An aside by its paragraphs and, if one is too long, its list's items. A lead-in stays on the
 * slide of what it introduces: the "Lernziele" box must not end one slide with "Nach dieser Seite
 * können Sie …" and start the next with the list.
 */
function splitAside(aside: Element, budget: number, first: number): Element[] {
  const children = elementChildren(aside);
  const content = children.find((child) => hasClass(child, 'starlight-aside__content'));
  if (!content) return [aside];
  const room = budget - 1.8;
  const source = elementChildren(content);
  // Units that must share a slide: a lead-in with (the first piece of) what follows it.
  const units: Element[][] = [];
  source.forEach((child, index) => {
    const lead = index > 0 && isLeadIn(source[index - 1]!) ? source[index - 1]! : undefined;
    const leadLines = lead ? innerLines(lead) : 0;
    const pieces =
      (child.tagName === 'ul' || child.tagName === 'ol') && leadLines + innerLines(child) > room
        ? splitList(child, room, room - leadLines)
        : [child];
    pieces.forEach((piece, k) => {
      if (k === 0 && lead && units.at(-1)?.at(-1) === lead) units.at(-1)!.push(piece);
      else units.push([piece]);
    });
  });
  const lines = (unit: Element[]) => unit.reduce((sum, node) => sum + innerLines(node), 0);
  const groups = pack(units, lines, room, first - 1.8).map((group) => group.flat());
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
