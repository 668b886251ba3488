import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { clusterBoxes, nodeBoxes, pathPoints } from '../../../src/lib/slides/figure-boxes.ts';
import { bandsOf, FULL_BOX, MIN_FIGURE_SCALE } from '../../../src/lib/slides/figures.ts';

const svg = (inner: string) =>
  fromHtml(`<svg viewBox="0 0 800 1200">${inner}</svg>`, { fragment: true }).children[0] as Element;

describe('nodeBoxes', () => {
  it('adds up nested translations (subgraphs) to the node’s shape', () => {
    const boxes = nodeBoxes(
      svg(
        '<g class="root" transform="translate(25, 650)"><g class="nodes"><g class="node default" transform="translate(173, 284.5)"><rect x="-100" y="-48" width="200" height="96"/><g class="label" transform="translate(-90, -40)"><foreignObject width="180" height="80"/></g></g></g></g>',
      ),
    );
    expect(boxes).toEqual([{ x: 98, y: 886.5, width: 200, height: 96 }]);
  });

  it('reads polygons and paths, edge labels (not empty ones), subgraph titles and loose texts', () => {
    const boxes = nodeBoxes(
      svg(
        '<g class="node" transform="translate(100, 100)"><polygon points="0,-30 30,0 0,30 -30,0"/></g>' +
          '<g class="edgeLabel" transform="translate(300, 400)"><g class="label" transform="translate(0, -10.5)"><rect width="60" height="21"/><foreignObject width="60" height="21"><span>ja</span></foreignObject></g></g>' +
          // An edge without a label: its empty label group is nothing to keep whole.
          '<g class="edgeLabel"><g class="label"><text y="-10.1"><tspan></tspan></text></g></g>' +
          '<g class="cluster-label" transform="translate(50, 8)"><text y="-10">Titel</text></g>' +
          '<text x="10" y="600">frei</text><g class="edgePaths"><path d="M0,0L800,1200"/></g>' +
          // A centred label reaches half its width (about 0.6 em a character) to either side.
          '<text x="400" y="900" text-anchor="middle">Server</text>',
      ),
    );
    expect(boxes).toEqual([
      { x: 70, y: 70, width: 60, height: 60 },
      { x: 300, y: 389.5, width: 60, height: 21 },
      { x: 50, y: -22, width: 48, height: 40 },
      { x: 10, y: 580, width: 38.4, height: 40 },
      { x: 400 - 28.8, y: 880, width: expect.closeTo(57.6) as number, height: 40 },
    ]);
  });

  it('keeps a sequence message’s label with its arrow, the label where its dy puts it', () => {
    // As Mermaid draws „erster Aufruf“ in the PWA diagram: the label 1em above the line it names.
    const boxes = nodeBoxes(
      svg(
        '<text x="353" y="80" dy="1em" class="messageText">erster Aufruf</text>' +
          '<line x1="76" y1="113" x2="629" y2="113" class="messageLine0"/>' +
          '<text x="10" y="300" dy="4">frei</text>',
      ),
    );
    expect(boxes).toEqual([
      { x: 76, y: 76, width: 553, height: 43 },
      { x: 10, y: 284, width: 38.4, height: 40 },
    ]);
  });
});

describe('clusterBoxes', () => {
  it('reads each subgraph’s frame, moved by the translations above it', () => {
    const frames = clusterBoxes(
      svg(
        '<g class="root" transform="translate(0, 500)"><g class="clusters"><g class="cluster" id="MS"><rect x="8" y="8" width="560" height="410"/><g class="cluster-label" transform="translate(235, 8)"><text y="-10">Microservices</text></g></g></g></g>',
      ),
    );
    expect(frames).toEqual([{ x: 8, y: 508, width: 560, height: 410 }]);
  });

  it('reads a sequence diagram’s alt block from its lines', () => {
    // As the PWA diagram's „alt [online] / [offline]“.
    const frames = clusterBoxes(
      svg(
        '<g><line x1="64" y1="363" x2="644" y2="363" class="loopLine"/><line x1="644" y1="363" x2="644" y2="645" class="loopLine"/>' +
          '<line x1="64" y1="645" x2="644" y2="645" class="loopLine"/><line x1="64" y1="363" x2="64" y2="645" class="loopLine"/>' +
          '<polygon points="64,363 114,363 114,376 105.6,383 64,383" class="labelBox"/><text x="89" y="376" class="labelText">alt</text></g>',
      ),
    );
    expect(frames).toEqual([{ x: 64, y: 363, width: 580, height: 282 }]);
  });
});

describe('bandsOf with subgraphs', () => {
  it('cuts between two stacked subgraphs rather than under the lower one’s title', () => {
    // Frame A (0–300) above frame B (320–780), whose title is the node at 340–380. Between nodes only,
    // the even cut falls at 400: in B, under its title.
    const nodes = [20, 150, 340, 420, 600, 690].map((y, index) => ({
      x: 100,
      y,
      width: 200,
      height: [60, 100, 40, 80, 60, 70][index]!,
    }));
    const clusters = [
      { x: 8, y: 8, width: 575, height: 292 },
      { x: 8, y: 320, width: 575, height: 460 },
    ];
    const box = { x: 0, y: 0, width: 591, height: 800 };
    const [within] = bandsOf(box, nodes);
    expect(within!.height).toBe(400);
    const [first, second] = bandsOf(box, nodes, clusters);
    expect(first!.height).toBeGreaterThan(300);
    expect(first!.height).toBeLessThan(320);
    expect(second!.y + second!.height).toBe(800);
    // A frame as wide as the diagram leaves room beside it only at the edge: no sliver, the cut
    // between nodes stands (as „Concurrent vs. Parallel“, cut sideways).
    const short = { ...box, height: 545 };
    const [edge] = bandsOf(short, nodes.slice(0, 4), [{ x: 8, y: 8, width: 575, height: 522 }]);
    expect(edge!.height).toBe(bandsOf(short, nodes.slice(0, 4))[0]!.height);
    expect(edge!.height).toBeGreaterThan(545 / 4);
    expect(edge!.height).toBeLessThan(545 - 545 / 4);
    // Where no cut beside the frames keeps every band readable, the cut between nodes stands.
    const [tall] = bandsOf({ ...box, height: 1100 }, nodes, [{ x: 8, y: 8, width: 575, height: 1000 }]);
    expect(tall!.height).toBe(bandsOf({ ...box, height: 1100 }, nodes)[0]!.height);
  });
});

describe('pathPoints', () => {
  it('follows relative commands and widens arcs by their radii (a Mermaid cylinder)', () => {
    const points = pathPoints('M0,6 a19,6 0,0,0 38,0 l0,45 h-38 V6 z');
    const ys = points.map(([, y]) => y);
    const xs = points.map(([x]) => x);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([0, 51]);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([-19, 57]);
    expect(points).toContainEqual([38, 51]);
    expect(points).toContainEqual([0, 51]);
    expect(points.at(-1)).toEqual([0, 6]);
  });
});

describe('bandsOf with node boxes', () => {
  it('cuts between nodes: no node crosses a band edge, every band readable', () => {
    const room = FULL_BOX.height / MIN_FIGURE_SCALE;
    fc.assert(
      fc.property(
        // Nodes 40 to 120 units tall with gaps of 20 to 200 between them, down a 700 units wide diagram.
        fc.array(fc.tuple(fc.integer({ min: 40, max: 120 }), fc.integer({ min: 20, max: 200 })), {
          minLength: 8,
          maxLength: 40,
        }),
        (parts) => {
          let y = 10;
          const nodes = parts.map(([height, gap]) => {
            const node = { x: 100, y, width: 200, height };
            y += height + gap;
            return node;
          });
          const box = { x: 0, y: 0, width: 700, height: y };
          const bands = bandsOf(box, nodes);
          expect(bands[0]!.y).toBe(0);
          expect(bands.at(-1)!.y + bands.at(-1)!.height).toBeCloseTo(y);
          for (const band of bands) {
            expect(band.height).toBeLessThan(room);
            for (const node of nodes) {
              const crosses =
                (node.y < band.y && node.y + node.height > band.y) ||
                (node.y < band.y + band.height && node.y + node.height > band.y + band.height);
              if (y > room)
                expect(crosses, `Knoten bei ${node.y} schneidet die Kante eines Streifens`).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('falls back to equal overlapping bands where no gap fits', () => {
    // One node as tall as the diagram: every cut would go through it.
    const bands = bandsOf({ x: 0, y: 0, width: 700, height: 1200 }, [
      { x: 0, y: 0, width: 700, height: 1200 },
    ]);
    expect(bands).toEqual(bandsOf({ x: 0, y: 0, width: 700, height: 1200 }));
    expect(bands[0]!.y + bands[0]!.height).toBeGreaterThan(bands[1]!.y);
  });
});
