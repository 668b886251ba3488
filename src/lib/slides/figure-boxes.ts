/**
 * Where a diagram's nodes and labels lie, read from its SVG at build time (no layout engine): each
 * Mermaid node, edge label, subgraph title, sequence actor or note, sequence message (its label
 * with its arrow), and every other text, as a box in the SVG's own units. Mermaid places them with
 * `translate(…)` transforms (nested for subgraphs); the shapes inside are rects, circles, ellipses,
 * polygons, lines, paths and foreignObjects. A text's box is its baseline (moved by its `dy`) ± one
 * line (its height is not in the SVG), and about 0.6 em a character wide. Used to cut large diagrams
 * into bands between nodes rather than through one (figures.ts).
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { hasClass } from './blocks.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Groups that are one thing to keep whole. */
const WHOLE = /(?:^|\s)(?:node|edgeLabel|cluster-label|actor|note|labelBox|loopText)(?:\s|$)/;
/** Mermaid's font size, and one line of its text. */
const FONT = 16;
const LINE = 20;
/** Half the height of an arrowhead on a sequence message. */
const ARROW = 6;

function classesOf(node: Element): string {
  const value = node.properties.className;
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

function number(node: Element, key: string): number {
  const value = Number(node.properties[key] ?? 0);
  return Number.isFinite(value) ? value : 0;
}

function translateOf(node: Element): [number, number] {
  const match = /translate\(\s*(-?[\d.e+-]+)(?:[\s,]+(-?[\d.e+-]+))?\s*\)/.exec(
    String(node.properties.transform ?? ''),
  );
  return match ? [Number(match[1]) || 0, Number(match[2] ?? 0) || 0] : [0, 0];
}

/** The points a shape covers, in its own coordinates. */
function pointsOf(node: Element): [number, number][] {
  switch (node.tagName) {
    case 'rect':
    case 'foreignObject':
    case 'image': {
      const [x, y] = [number(node, 'x'), number(node, 'y')];
      return [
        [x, y],
        [x + number(node, 'width'), y + number(node, 'height')],
      ];
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [number(node, 'cx'), number(node, 'cy')];
      const [rx, ry] =
        node.tagName === 'circle'
          ? [number(node, 'r'), number(node, 'r')]
          : [number(node, 'rx'), number(node, 'ry')];
      return [
        [cx - rx, cy - ry],
        [cx + rx, cy + ry],
      ];
    }
    case 'polygon':
    case 'polyline': {
      const numbers = numbersIn(String(node.properties.points ?? ''));
      const pairs: [number, number][] = [];
      for (let index = 0; index + 1 < numbers.length; index += 2)
        pairs.push([numbers[index]!, numbers[index + 1]!]);
      return pairs;
    }
    case 'path':
      return pathPoints(String(node.properties.d ?? ''));
    case 'line':
      return [
        [number(node, 'x1'), number(node, 'y1')],
        [number(node, 'x2'), number(node, 'y2')],
      ];
    case 'text': {
      const [x, y] = [number(node, 'x'), number(node, 'y') + shiftOf(node)];
      // Its width is not in the SVG either: about 0.6 em a character, placed by its text-anchor.
      const width = toString(node).trim().length * FONT * 0.6;
      const anchor = String(node.properties.textAnchor ?? 'start');
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      return [
        [left, y - LINE],
        [left + width, y + LINE],
      ];
    }
    default:
      return [];
  }
}

function numbersIn(text: string): number[] {
  return (text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi) ?? []).map(Number);
}

/** How many numbers each path command takes. */
const PATH_ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * The points a path passes through or bends towards: every end and control point, absolute and
 * relative commands alike, an arc's end widened by its radii (Mermaid draws a cylinder's lids so).
 *
 * @example
 * pathPoints('M0,6 a19,6 0,0,0 38,0 l0,45')
 * // [[0, 6], [-19, 0], [19, 12], [19, 0], [57, 12], [38, 6], [38, 51]]
 */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command = '', args = ''] of d.matchAll(/([a-df-z])([^a-df-z]*)/gi)) {
    const lower = command.toLowerCase();
    const relative = command === lower;
    const count = PATH_ARGS[lower] ?? 0;
    const numbers = numbersIn(args);
    if (count === 0) continue;
    for (let index = 0; index + count <= numbers.length; index += count) {
      const n = numbers.slice(index, index + count);
      const [ox, oy] = relative ? [x, y] : [0, 0];
      if (lower === 'h') x = ox + n[0]!;
      else if (lower === 'v') y = oy + n[0]!;
      else if (lower === 'a') {
        const [rx, ry] = [Math.abs(n[0]!), Math.abs(n[1]!)];
        points.push([x - rx, y - ry], [x + rx, y + ry]);
        [x, y] = [ox + n[5]!, oy + n[6]!];
        points.push([x - rx, y - ry], [x + rx, y + ry]);
      } else {
        for (let k = 0; k + 1 < n.length - 2; k += 2) points.push([ox + n[k]!, oy + n[k + 1]!]);
        [x, y] = [ox + n.at(-2)!, oy + n.at(-1)!];
      }
      points.push([x, y]);
    }
  }
  return points;
}

/** A text's `dy` in units (Mermaid moves sequence labels down by `1em` of its 16 px text). */
function shiftOf(node: Element): number {
  const value = String(node.properties.dy ?? '0');
  const amount = parseFloat(value);
  if (!Number.isFinite(amount)) return 0;
  return value.trim().endsWith('em') ? amount * FONT : amount;
}

/** A sequence message's label, and the arrow that belongs to it (the next element). */
const isMessageText = (node: Element) => node.tagName === 'text' && hasClass(node, 'messageText');
const isMessageLine = (node: Element | undefined) =>
  node !== undefined && (hasClass(node, 'messageLine0') || hasClass(node, 'messageLine1'));

/** All points of `node` and its descendants, moved by the translations on the way down. */
function collect(node: Element, dx: number, dy: number, into: [number, number][]): void {
  const [tx, ty] = translateOf(node);
  const [x, y] = [dx + tx, dy + ty];
  for (const [px, py] of pointsOf(node)) into.push([x + px, y + py]);
  if (node.tagName === 'text') return;
  for (const child of node.children) if (child.type === 'element') collect(child, x, y, into);
}

function boxOf(points: [number, number][]): Box | undefined {
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/**
 * The boxes of the things in a diagram that must not be cut: nodes, edge labels, subgraph titles,
 * sequence actors, notes and messages, and texts outside those, in the SVG's user units.
 *
 * @example
 * nodeBoxes(svg('<g class="node" transform="translate(100, 50)"><rect x="-40" y="-20" width="80" height="40"/></g>'))
 * // [{ x: 60, y: 30, width: 80, height: 40 }]
 */
export function nodeBoxes(svg: Element): Box[] {
  const boxes: Box[] = [];
  const walk = (node: Element, dx: number, dy: number) => {
    if (node.tagName === 'defs' || node.tagName === 'style' || node.tagName === 'marker') return;
    // An edge without a label still has an (empty) label group, at the origin or at the edge's middle.
    if (hasClass(node, 'edgeLabel') && !toString(node).trim()) return;
    if (WHOLE.test(classesOf(node)) || node.tagName === 'text') {
      const points: [number, number][] = [];
      collect(node, dx, dy, points);
      const box = boxOf(points);
      if (box) boxes.push(box);
      return;
    }
    const [tx, ty] = node === svg ? [0, 0] : translateOf(node);
    const children = node.children.filter((child): child is Element => child.type === 'element');
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const arrow = children[index + 1];
      if (isMessageText(child) && isMessageLine(arrow)) {
        // A label and its arrow are one thing: a cut between them left the arrow without its label.
        const points: [number, number][] = [];
        const line: [number, number][] = [];
        collect(child, dx + tx, dy + ty, points);
        collect(arrow!, dx + tx, dy + ty, line);
        for (const [x, y] of line) points.push([x, y - ARROW], [x, y + ARROW]);
        const box = boxOf(points);
        if (box) boxes.push(box);
        index += 1;
      } else walk(child, dx + tx, dy + ty);
    }
  };
  walk(svg, 0, 0);
  return boxes;
}

/**
 * The frames of a diagram's subgraphs (Mermaid's `g.cluster` and its rect) and of a sequence
 * diagram's loop, alt and opt blocks (the group of its `loopLine`s), in the SVG's user units: a cut
 * beside a frame rather than through it keeps its title with its content.
 *
 * @example
 * clusterBoxes(svg('<g transform="translate(0, 500)"><g class="cluster"><rect x="8" y="8" width="560" height="410"/></g></g>'))
 * // [{ x: 8, y: 508, width: 560, height: 410 }]
 */
export function clusterBoxes(svg: Element): Box[] {
  const boxes: Box[] = [];
  const walk = (node: Element, dx: number, dy: number) => {
    const [tx, ty] = node === svg ? [0, 0] : translateOf(node);
    const [x, y] = [dx + tx, dy + ty];
    const frame = hasClass(node, 'cluster')
      ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'rect')
      : undefined;
    const lines = node.children.filter(
      (child): child is Element => child.type === 'element' && hasClass(child, 'loopLine'),
    );
    const points = frame ? pointsOf(frame) : lines.flatMap(pointsOf);
    const box = boxOf(points.map(([px, py]) => [x + px, y + py]));
    if (box) boxes.push(box);
    for (const child of node.children) if (child.type === 'element') walk(child, x, y);
  };
  walk(svg, 0, 0);
  return boxes;
}
