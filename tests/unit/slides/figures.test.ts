import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bandsOf, figurePieces, FULL_BOX, MIN_FIGURE_SCALE } from '../../../src/lib/slides/figures.ts';
import { slidesOf } from '../../../src/lib/slides/transform.ts';

// The markup the Mermaid plugin renders (src/plugins/mermaid/diagram-html.ts) inside the Figure
// component: ids carry the diagram's prefix, the SVG names itself by title and desc.
const figureHtml = (width: number, height: number) =>
  `<figure id="abb-karte" class="chapter-figure"><div class="mermaid-diagram" data-diagram="mmd-0123456789"><svg id="mmd-0123456789-0" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title-mmd-0123456789-0" aria-describedby="chart-desc-mmd-0123456789-0"><title id="chart-title-mmd-0123456789-0">Landkarte</title><desc id="chart-desc-mmd-0123456789-0">Alles hängt zusammen.</desc><style>#mmd-0123456789-0{fill:#333}</style><g marker-end="url(#mmd-0123456789-0_pointEnd)"><text>Knoten</text></g></svg></div><figcaption><span class="figure-number">Abb. 33:</span> Landkarte des Kapitels</figcaption></figure>`;

function figure(width: number, height: number): Element {
  return fromHtml(figureHtml(width, height), { fragment: true }).children[0] as Element;
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
const viewBox = (html: string) => /viewBox="([^"]+)"/.exec(html)?.[1]?.split(' ').map(Number) ?? [];
/** The part of the diagram a band shows: its clip rect (figures.ts clippedTo). */
const shown = (html: string) =>
  (
    /<clipPath [^>]*><rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"/.exec(html)?.slice(1) ??
    []
  ).map(Number);

describe('figurePieces', () => {
  it('leaves a diagram that fits under title and caption as it is', () => {
    const node = figure(600, 250);
    expect(figurePieces(node)).toEqual([{ node, notes: [] }]);
  });

  it('gives a diagram too tall for the captioned slide the whole slide, caption in the notes', () => {
    const [piece, ...rest] = figurePieces(figure(600, 480));
    expect(rest).toEqual([]);
    const html = toHtml(piece!.node);
    expect(html).toContain('class="chapter-figure slide-figure--full"');
    expect(html).not.toContain('figcaption');
    expect(viewBox(html)).toEqual([0, 0, 600, 480]);
    expect(ids(html)).toEqual(ids(figureHtml(600, 480)));
    expect(toHtml(piece!.notes)).toBe(
      '<p><span class="figure-number">Abb. 33:</span> Landkarte des Kapitels</p>',
    );
  });

  it('cuts a portrait map into overlapping bands, each readable, with unique ids and its own title', () => {
    const pieces = figurePieces(figure(815, 1243));
    expect(pieces).toHaveLength(3);
    const htmls = pieces.map((piece) => toHtml(piece.node));
    const boxes = htmls.map(shown);
    expect(boxes[0]![1]).toBe(0);
    expect(boxes.at(-1)![1]! + boxes.at(-1)![3]!).toBeCloseTo(1243);
    for (const [x, , width, height] of boxes) {
      expect([x, width]).toEqual([0, 815]);
      expect(Math.min(FULL_BOX.width / width!, FULL_BOX.height / height!)).toBeGreaterThanOrEqual(
        MIN_FIGURE_SCALE,
      );
    }
    // One scale on every band: the viewBoxes are of one size, each band in the middle of its own.
    const views = htmls.map(viewBox);
    expect(new Set(views.map(([, , width, height]) => `${width}×${height}`)).size).toBe(1);
    expect(views[0]![3]).toBe(Math.max(...boxes.map(([, , , height]) => height!)));
    views.forEach(([, y, , height], index) => {
      const [, top, , tall] = boxes[index]!;
      expect(y! + height! / 2).toBeCloseTo(top! + tall! / 2);
    });
    const all = htmls.flatMap(ids);
    expect(new Set(all).size).toBe(all.length);
    // Only the first band keeps the figure's id (deep links open it) and the caption in its notes.
    expect(all.filter((id) => id === 'abb-karte')).toHaveLength(1);
    expect(htmls[0]).toContain('id="abb-karte"');
    expect(pieces.map((piece) => piece.notes.length)).toEqual([1, 0, 0]);
    htmls.forEach((html, index) => {
      // Each band's SVG is named by its own title and desc, and its styles and markers point into it.
      const labelled = /aria-labelledby="([^"]+)"/.exec(html)![1]!;
      const described = /aria-describedby="([^"]+)"/.exec(html)![1]!;
      expect(ids(html)).toEqual(expect.arrayContaining([labelled, described]));
      const own = ids(html).find((id) => /^mmd-\w+(-teil-\d)?-0$/.test(id))!;
      expect(html).toContain(`#${own}{`);
      expect(html).toContain(`url(#${own}_pointEnd)`);
      expect(html).toContain(`Landkarte (Teil ${index + 1} von 3)</title>`);
      // The drawing is clipped to the band: where the slide's box is of another shape, the SVG's
      // viewport reaches past the viewBox and would show the neighbouring band's cut edge.
      const [x, y, width, height] = shown(html);
      const clip = `${own}-band`;
      expect(html).toContain(
        `<clipPath id="${clip}"><rect x="${x}" y="${y}" width="${width}" height="${height}"></rect></clipPath>`,
      );
      expect(html).toMatch(
        new RegExp(`<g clip-path="url\\(#${clip}\\)"><g marker-end=[^>]+><text>Knoten</text>`),
      );
    });
    expect(htmls[0]).toContain(
      'Alles hängt zusammen. (Das Diagramm ist auf 3 Folien verteilt; hier: oberer Teil.)',
    );
    expect(htmls[1]).toContain(
      '<desc id="chart-desc-mmd-0123456789-teil-2-0">Mittlerer Teil des Diagramms „Landkarte“',
    );
    expect(htmls[2]).toContain('Unterer Teil des Diagramms');
  });

  it('cuts a very wide diagram into bands side by side', () => {
    const boxes = figurePieces(figure(1224, 174)).map((piece) => shown(toHtml(piece.node)));
    expect(boxes).toHaveLength(2);
    expect(boxes.map(([, y, , height]) => [y, height])).toEqual([
      [0, 174],
      [0, 174],
    ]);
    expect(boxes[1]![0]).toBeGreaterThan(0);
    expect(boxes[1]![0]! + boxes[1]![2]!).toBeCloseTo(1224);
  });

  it('leaves a figure without a viewBox alone', () => {
    const node = fromHtml('<figure><div class="mermaid-diagram"><svg></svg></div></figure>', {
      fragment: true,
    }).children[0] as Element;
    expect(figurePieces(node)).toEqual([{ node, notes: [] }]);
  });
});

describe('bandsOf', () => {
  it('covers the whole diagram with overlapping bands that each show labels at MIN_FIGURE_SCALE or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: Math.floor(FULL_BOX.width / MIN_FIGURE_SCALE) }),
        fc.integer({ min: 50, max: 5000 }),
        fc.integer({ min: -200, max: 200 }),
        (width, height, y) => {
          const bands = bandsOf({ x: 0, y, width, height });
          expect(bands[0]!.y).toBe(y);
          expect(bands.at(-1)!.y + bands.at(-1)!.height).toBeCloseTo(y + height);
          for (const [index, band] of bands.entries()) {
            expect(band.width).toBe(width);
            expect(
              Math.min(FULL_BOX.width / band.width, FULL_BOX.height / band.height),
            ).toBeGreaterThanOrEqual(MIN_FIGURE_SCALE - 1e-9);
            if (index > 0) expect(bands[index - 1]!.y + bands[index - 1]!.height).toBeGreaterThan(band.y);
          }
        },
      ),
    );
  });
});

describe('slidesOf with a tall diagram', () => {
  it('numbers the bands as continuation slides of the section and keeps the caption in the notes', () => {
    const slides = slidesOf({
      html: `<div class="sl-heading-wrapper level-h2"><h2 id="karte">Karte</h2></div><p>So hängt alles zusammen.</p>${figureHtml(815, 1243)}`,
      title: 'Zusammenfassung',
      pagePath: '/zusammenfassung/',
      headings: [{ depth: 2, id: 'karte', text: 'Karte' }],
    }).slice(1);
    expect(slides.map((slide) => [slide.id, slide.kind, slide.continued])).toEqual([
      ['karte', 'figure', { n: 1, of: 3 }],
      ['karte--2', 'figure', { n: 2, of: 3 }],
      ['karte--3', 'figure', { n: 3, of: 3 }],
    ]);
    expect(slides[0]!.notes).toBe(
      '<p>So hängt alles zusammen.</p><p><span class="figure-number">Abb. 33:</span> Landkarte des Kapitels</p>',
    );
  });
});
