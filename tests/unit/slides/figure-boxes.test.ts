import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { nodeBoxes } from '../../../src/lib/slides/figure-boxes.ts';
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

  it('reads polygons and paths, edge labels, subgraph titles and loose texts', () => {
    const boxes = nodeBoxes(
      svg(
        '<g class="node" transform="translate(100, 100)"><polygon points="0,-30 30,0 0,30 -30,0"/></g>' +
          '<g class="edgeLabel" transform="translate(300, 400)"><g class="label" transform="translate(0, -10.5)"><rect width="60" height="21"/></g></g>' +
          '<g class="cluster-label" transform="translate(50, 8)"><text y="-10">Titel</text></g>' +
          '<text x="10" y="600">frei</text><g class="edgePaths"><path d="M0,0L800,1200"/></g>',
      ),
    );
    expect(boxes).toEqual([
      { x: 70, y: 70, width: 60, height: 60 },
      { x: 300, y: 389.5, width: 60, height: 21 },
      { x: 50, y: -22, width: 0, height: 40 },
      { x: 10, y: 580, width: 0, height: 40 },
    ]);
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
