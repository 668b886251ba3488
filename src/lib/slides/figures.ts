/**
 * A diagram figure on slides, readable from the back of a lecture hall: Mermaid draws its labels at
 * 16 px, and on a 1280 × 720 projector they must come out at 18 px or more. A figure whose diagram
 * fits that large under the slide's title and caption stays as it is; a larger one gets the whole
 * slide (title small, caption in the notes); one too large even then is shown in bands, one slide
 * each, every band a crop of the same SVG (clipped to the band, all bands at one scale), cut between
 * nodes and beside frames where it can be, so nothing is too small to read. The chapter page keeps its figure unchanged: this only touches the slides' copy.
 */
import type { Element, ElementContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { clusterBoxes, nodeBoxes } from './figure-boxes.ts';

/**
 * The smallest zoom from the diagram's own units to the slide's (768 × 432 CSS px, shown at 1280 ×
 * 720): Mermaid's 16 px labels × 0.68 × 1280/768 = 18.1 px.
 */
export const MIN_FIGURE_SCALE = 0.68;

/**
 * The diagram's box on a figure slide with title and a caption of one line (48rem × 27rem slide,
 * deck.css); each further line of caption (about 80 characters) takes CAPTION_LINE from it.
 */
const CAPTIONED_BOX = { width: 704, height: 305 };
const CAPTION_LINE = 23;
/** The diagram's box on a slide of its own (`.slide-figure--full` in deck.css). */
export const FULL_BOX = { width: 736, height: 366 };
/** How much consecutive bands share (diagram units), so a label cut at one band's edge is whole in the next. */
const OVERLAP = 80;
/** How far a cut between nodes keeps from them, where the gap allows (diagram units). */
const CLEAR = 8;

export interface FigurePiece {
  /** The figure as this slide shows it. */
  node: Element;
  /** What moves to the speaker notes (the caption), for the first piece. */
  notes: ElementContent[];
}

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The slides a diagram figure needs: one piece as it is, one full-slide piece, or bands.
 *
 * @example
 * figurePieces(figureWith('viewBox="0 0 600 250"')) // [{ node: the figure unchanged, notes: [] }]
 * figurePieces(figureWith('viewBox="0 0 800 1240"')).length // 3 bands, each with class slide-figure--full
 */
export function figurePieces(figure: Element): FigurePiece[] {
  const svgs = findAll(figure, (node) => node.tagName === 'svg');
  const box = svgs.length > 0 ? viewBoxOf(svgs[0]!) : undefined;
  if (!box || box.width <= 0 || box.height <= 0) return [{ node: figure, notes: [] }];
  const caption = findAll(figure, (node) => node.tagName === 'figcaption')[0];
  const captionLines = caption ? Math.ceil(toString(caption).trim().length / 80) : 0;
  const captioned = {
    width: CAPTIONED_BOX.width,
    height: CAPTIONED_BOX.height - CAPTION_LINE * Math.max(0, captionLines - 1),
  };
  if (scaleIn(captioned, box) >= MIN_FIGURE_SCALE) return [{ node: figure, notes: [] }];
  const notes: ElementContent[] = caption
    ? [{ type: 'element', tagName: 'p', properties: {}, children: caption.children }]
    : [];
  const bands = bandsOf(box, nodeBoxes(svgs[0]!), clusterBoxes(svgs[0]!));
  // Every band at one scale: each viewBox as long as the longest band, the band in its middle (the
  // clip shows the band only); a short last band no longer came out larger than the others.
  const tall = bands[0]!.width === box.width;
  const longest = Math.max(...bands.map((band) => (tall ? band.height : band.width)));
  const view = (band: ViewBox): ViewBox =>
    tall
      ? { ...band, y: band.y - (longest - band.height) / 2, height: longest }
      : { ...band, x: band.x - (longest - band.width) / 2, width: longest };
  return bands.map((band, index) => ({
    node: bandFigure(figure, band, view(band), index, bands.length),
    notes: index === 0 ? notes : [],
  }));
}

/**
 * The viewBoxes of the bands a diagram of this size is cut into on a full slide: itself if it fits,
 * else horizontal bands (tall diagrams) or vertical ones (wide diagrams), each short enough to keep
 * the labels at MIN_FIGURE_SCALE. Given the boxes of the diagram's nodes (figure-boxes.ts), each cut
 * falls into a gap between them, beside its subgraphs (`clusters`) where the gaps allow that, the
 * bands as equal as the gaps allow; where there is no such gap (or no boxes are given), the bands
 * have equal size and overlap by OVERLAP, so a node cut at one band's edge is whole in the next.
 *
 * @example
 * bandsOf({ x: 0, y: 0, width: 815, height: 1243 }).length // 3
 * bandsOf({ x: 0, y: 0, width: 600, height: 300 }) // [{ x: 0, y: 0, width: 600, height: 300 }]
 * bandsOf({ x: 0, y: 0, width: 700, height: 900 }, [{ x: 0, y: 400, width: 100, height: 200 }])
 * // [{ x: 0, y: 0, width: 700, height: 392 }, { x: 0, y: 392, width: 700, height: 508 }]: cut just above the node
 */
export function bandsOf(
  box: ViewBox,
  nodes: readonly ViewBox[] = [],
  clusters: readonly ViewBox[] = [],
): ViewBox[] {
  if (scaleIn(FULL_BOX, box) >= MIN_FIGURE_SCALE) return [box];
  const tall = FULL_BOX.width / box.width >= MIN_FIGURE_SCALE;
  const length = tall ? box.height : box.width;
  const room = (tall ? FULL_BOX.height : FULL_BOX.width) / MIN_FIGURE_SCALE;
  const band = (start: number, size: number): ViewBox =>
    tall ? { ...box, y: box.y + start, height: size } : { ...box, x: box.x + start, width: size };
  // Beside whole subgraphs where that leaves no band less than half the average (a frame as wide as
  // the diagram leaves room for a cut only at its very edge), else between nodes.
  const attempts = nodes.length === 0 ? [] : clusters.length > 0 ? [[...nodes, ...clusters], nodes] : [nodes];
  for (const [attempt, keep] of attempts.entries()) {
    const cuts = cutsBetween(
      keep.map((node) =>
        tall ? [node.y - box.y, node.y + node.height - box.y] : [node.x - box.x, node.x + node.width - box.x],
      ),
      length,
      room,
    );
    if (!cuts) continue;
    const starts = [0, ...cuts];
    const sizes = starts.map((start, index) => (starts[index + 1] ?? length) - start);
    if (attempt < attempts.length - 1 && Math.min(...sizes) < length / sizes.length / 2) continue;
    return starts.map((start, index) => band(start, sizes[index]!));
  }
  const count = Math.max(2, Math.ceil((length - OVERLAP) / (room - OVERLAP)));
  const size = (length + (count - 1) * OVERLAP) / count;
  return Array.from({ length: count }, (_, index) => band(index * (size - OVERLAP), size));
}

/**
 * Cut positions along a diagram of this length (0 … length) so that no interval (a node's extent)
 * contains a cut and no piece is longer than `room`; undefined when a stretch has no such gap. As few
 * pieces as a greedy cut finds, then each cut as near as the gaps allow to equal pieces (so the last
 * band is no sliver), a few units clear of the nodes on either side.
 */
function cutsBetween(intervals: readonly number[][], length: number, room: number): number[] | undefined {
  const sorted = intervals
    .map(([from = 0, to = 0]) => [Math.max(0, from), Math.min(length, to)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  // Gaps between the merged intervals, as [from, to].
  const gaps: [number, number][] = [];
  let reach = 0;
  for (const [from, to] of sorted) {
    if (from > reach) gaps.push([reach, from]);
    reach = Math.max(reach, to);
  }
  if (reach < length) gaps.push([reach, length]);
  // The cut in [low, high] nearest `target`, inside a gap and CLEAR units away from its ends.
  const cutNear = (target: number, low: number, high: number): number | undefined => {
    let best: number | undefined;
    for (const [from, to] of gaps) {
      const clear = Math.min(CLEAR, (to - from) / 2);
      const [lo, hi] = [Math.max(from + clear, low), Math.min(to - clear, high)];
      if (lo > hi) continue;
      const cut = Math.min(hi, Math.max(lo, target));
      if (best === undefined || Math.abs(cut - target) < Math.abs(best - target)) best = cut;
    }
    return best;
  };
  // How many pieces: cut as late as possible, each piece at least half a band.
  const greedy: number[] = [];
  for (let start = 0; length - start > room;) {
    // A hair below `room`, so that rounding never makes a piece too long.
    const cut = cutNear(start + room, start + room / 2, start + room - 0.001);
    if (cut === undefined) return undefined;
    greedy.push(cut);
    start = cut;
  }
  // As many pieces, as equal as the gaps allow; the greedy cuts where that finds no way.
  const even: number[] = [];
  let start = 0;
  for (let left = greedy.length + 1; left > 1; left--) {
    const low = Math.max(start + 1, length - (left - 1) * (room - 0.001));
    const cut = cutNear(start + (length - start) / left, low, start + room - 0.001);
    if (cut === undefined) return greedy;
    even.push(cut);
    start = cut;
  }
  return even;
}

function scaleIn(frame: { width: number; height: number }, box: ViewBox): number {
  return Math.min(frame.width / box.width, frame.height / box.height);
}

function viewBoxOf(svg: Element): ViewBox | undefined {
  const value = svg.properties.viewBox;
  const numbers = String(Array.isArray(value) ? value.join(' ') : (value ?? ''))
    .split(/[\s,]+/)
    .map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [x, y, width, height] = numbers as [number, number, number, number];
  return { x, y, width, height };
}

function findAll(node: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}

/** Where band `index` of `count` lies, in words: „oberer Teil“, „mittlerer Teil“, „Teil 2 von 4“ … */
function bandPlace(tall: boolean, index: number, count: number): string {
  if (index === 0) return tall ? 'oberer Teil' : 'linker Teil';
  if (index === count - 1) return tall ? 'unterer Teil' : 'rechter Teil';
  return count === 3 ? 'mittlerer Teil' : `Teil ${index + 1} von ${count}`;
}

/**
 * The figure for one band: its SVG(s) cropped to the band, ids made unique (the bands stand on one
 * deck page), title and description saying which part this is, no caption, and marked for the
 * full-slide layout. A single band (a figure that only needed the whole slide) keeps its ids.
 */
function bandFigure(figure: Element, band: ViewBox, view: ViewBox, index: number, count: number): Element {
  const suffix = index === 0 ? '' : `-teil-${index + 1}`;
  const whole = viewBoxOf(findAll(figure, (node) => node.tagName === 'svg')[0]!)!;
  const place = bandPlace(band.width === whole.width, index, count);
  const copy = (node: Element): Element => {
    const properties = { ...node.properties };
    if (suffix) {
      for (const [key, value] of Object.entries(properties))
        if (typeof value === 'string') properties[key] = renameIds(value, suffix);
        else if (Array.isArray(value))
          properties[key] = value.map((item) => (typeof item === 'string' ? renameIds(item, suffix) : item));
      if (node === figure) delete properties.id;
    }
    if (node.tagName === 'svg') properties.viewBox = `${view.x} ${view.y} ${view.width} ${view.height}`;
    if (node === figure) properties.className = [...classes(node), 'slide-figure--full'];
    let children = node.children
      .filter((child) => !(child.type === 'element' && child.tagName === 'figcaption'))
      .map((child): ElementContent => {
        if (child.type === 'element') return copy(child);
        if (child.type === 'text' && suffix) return { ...child, value: renameIds(child.value, suffix) };
        return child;
      });
    if (count > 1 && (node.tagName === 'title' || node.tagName === 'desc')) {
      const text = toString(node);
      const value =
        node.tagName === 'title'
          ? `${text} (Teil ${index + 1} von ${count})`
          : index === 0
            ? `${text} (Das Diagramm ist auf ${count} Folien verteilt; hier: ${place}.)`
            : `${place[0]!.toUpperCase()}${place.slice(1)} des Diagramms „${titleOf(figure)}“; beschrieben ist das ganze Diagramm bei Teil 1.`;
      children = [{ type: 'text', value } satisfies Text];
    }
    if (node.tagName === 'svg' && count > 1)
      children = clippedTo(band, `${String(properties.id)}-band`, children);
    return { ...node, properties, children };
  };
  return copy(figure);
}

/** What an SVG holds besides its drawing. */
const NOT_DRAWN = new Set(['title', 'desc', 'style', 'defs']);

/**
 * An SVG's children with the drawing clipped to `band`. The slide's box has another shape than the
 * band, so the SVG's viewport reaches past its viewBox (above and below a band of a tall diagram),
 * and there the neighbouring band showed its edge: a label cut in half.
 */
function clippedTo(band: ViewBox, id: string, children: ElementContent[]): ElementContent[] {
  const kept = (child: ElementContent) => child.type === 'element' && NOT_DRAWN.has(child.tagName);
  const rect: Element = {
    type: 'element',
    tagName: 'rect',
    properties: {
      x: String(band.x),
      y: String(band.y),
      width: String(band.width),
      height: String(band.height),
    },
    children: [],
  };
  const clip: Element = { type: 'element', tagName: 'clipPath', properties: { id }, children: [rect] };
  return [
    ...children.filter(kept),
    { type: 'element', tagName: 'defs', properties: {}, children: [clip] },
    {
      type: 'element',
      tagName: 'g',
      properties: { clipPath: `url(#${id})` },
      children: children.filter((child) => !kept(child)),
    },
  ];
}

function titleOf(figure: Element): string {
  const title = findAll(figure, (node) => node.tagName === 'title')[0];
  return title ? toString(title) : 'Diagramm';
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : value ? String(value).split(/\s+/) : [];
}

/** Every Mermaid id in the text (`mmd-<hash>…`, `chart-title-mmd-…`) gets the band's suffix after its hash. */
function renameIds(text: string, suffix: string): string {
  return text.replace(/\bmmd-([0-9a-f]{10})\b/g, `mmd-$1${suffix}`);
}
