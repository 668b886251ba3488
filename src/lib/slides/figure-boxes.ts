/**
 * Where a diagram's nodes and labels lie, read from its SVG at build time (no layout engine): each
 * Mermaid node, edge label, subgraph title, sequence actor or note, and every other text, as a box in
 * the SVG's own units. Mermaid places them with `translate(…)` transforms (nested for subgraphs);
 * the shapes inside are rects, circles, ellipses, polygons, paths and foreignObjects. A text's box
 * is its baseline ± one line (its height is not in the SVG). Used to cut tall diagrams into bands
 * between nodes rather than through one (figures.ts).
 */
import type { Element } from 'hast';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Groups that are one thing to keep whole. */
const WHOLE = /(?:^|\s)(?:node|edgeLabel|cluster-label|actor|note|labelBox|loopText)(?:\s|$)/;
/** One line of Mermaid's 16 px text. */
const LINE = 20;

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
    case 'polyline':
    case 'path': {
      // Mermaid's shapes use absolute coordinates: every pair of numbers is a point (or a control point).
      const numbers = String(node.properties[node.tagName === 'path' ? 'd' : 'points'] ?? '')
        .match(/-?[\d.]+(?:e[+-]?\d+)?/gi)
        ?.map(Number);
      const pairs: [number, number][] = [];
      for (let index = 0; numbers && index + 1 < numbers.length; index += 2)
        pairs.push([numbers[index]!, numbers[index + 1]!]);
      return pairs;
    }
    case 'text': {
      const [x, y] = [number(node, 'x'), number(node, 'y')];
      return [
        [x, y - LINE],
        [x, y + LINE],
      ];
    }
    default:
      return [];
  }
}

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
 * sequence actors and notes, and texts outside those, in the SVG's user units.
 *
 * @example
 * nodeBoxes(svg('<g class="node" transform="translate(100, 50)"><rect x="-40" y="-20" width="80" height="40"/></g>'))
 * // [{ x: 60, y: 30, width: 80, height: 40 }]
 */
export function nodeBoxes(svg: Element): Box[] {
  const boxes: Box[] = [];
  const walk = (node: Element, dx: number, dy: number) => {
    if (node.tagName === 'defs' || node.tagName === 'style' || node.tagName === 'marker') return;
    if (WHOLE.test(classesOf(node)) || node.tagName === 'text') {
      const points: [number, number][] = [];
      collect(node, dx, dy, points);
      const box = boxOf(points);
      if (box) boxes.push(box);
      return;
    }
    const [tx, ty] = node === svg ? [0, 0] : translateOf(node);
    for (const child of node.children) if (child.type === 'element') walk(child, dx + tx, dy + ty);
  };
  walk(svg, 0, 0);
  return boxes;
}
