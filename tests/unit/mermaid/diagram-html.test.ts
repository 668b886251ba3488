import { describe, expect, it } from 'vitest';
import { diagramHtml, svgSize } from '../../../src/plugins/mermaid/diagram-html.ts';
import { prefixOf, trimmed } from './fixtures.ts';

describe('diagramHtml', () => {
  it('wraps one SVG that keeps its accessible name and description, sized to scroll on phones', () => {
    const light = trimmed('sequence', 'light');
    const prefix = prefixOf(light);
    const result = diagramHtml(light, trimmed('sequence', 'dark'), prefix);
    expect(result.merged).toBe(true);
    expect(result.html.match(/<svg\b/g)).toHaveLength(1);
    expect(result.html).toMatch(
      new RegExp(
        `^<div class="mermaid-diagram" data-diagram="${prefix}" style="[^"]*"><svg id="${prefix}-0"`,
      ),
    );
    // Until it is first drawn, the diagram holds its phone height: 461 px × 576/618 (it scrolls beyond
    // 36rem; its 16 px labels need only 12/16 × 618 = 464 px to be 12 px).
    expect(result.html).toContain('style="contain-intrinsic-size:auto 430px"');
    expect(result.html).toContain(`aria-labelledby="chart-title-${prefix}-0"`);
    expect(result.html).toContain(' role="img"');
    expect(result.html).not.toContain('aria-roledescription');
    expect(result.html).toContain(
      `<title id="chart-title-${prefix}-0">Ablauf einer Multi-Page Application</title>`,
    );
    expect(result.html).toContain(`aria-describedby="chart-desc-${prefix}-0"`);
    // Natural width and the width at which its 16 px text is 12 px, for the diagram CSS.
    expect(result.html).toContain(
      'style="max-width:618px;-\\-diagram-width:618px;-\\-diagram-readable:464px"',
    );
    // Sequence diagrams' plain ids are scoped to the diagram.
    expect(result.html).toContain(`id="${prefix}-actor0"`);
    expect(result.html).not.toContain('id="actor0"');
  });

  it('falls back to both variants (with distinct ids) when the themes differ in structure', () => {
    const light =
      '<svg id="mmd-x-light-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-x-light-0{fill:#333}</style></svg>';
    const dark =
      '<svg id="mmd-x-dark-0" viewBox="0 0 80 40" style="max-width: 80px;"><style>#mmd-x-dark-0{fill:#ccc}</style><g/></svg>';
    const result = diagramHtml(light, dark, 'mmd-x');
    expect(result).toMatchObject({ merged: false, reason: expect.stringMatching(/nicht nur in Farben/) });
    expect(result.html).toContain('<div class="mermaid-variant mermaid-light"><svg id="mmd-x-light-0"');
    expect(result.html).toContain('<div class="mermaid-variant mermaid-dark"><svg id="mmd-x-dark-0"');
  });

  it('reserves the readable width as phone height when that exceeds 36rem', () => {
    const svg = (id: string) =>
      `<svg id="${id}-0" viewBox="0 0 1000 400" style="max-width: 1000px;"><style>#${id}-0{font-size:16px}</style></svg>`;
    const result = diagramHtml(svg('mmd-w-light'), svg('mmd-w-dark'), 'mmd-w');
    // Drawn 750 px wide on a phone (12/16 × 1000): 400 × 0.75.
    expect(result.html).toContain('contain-intrinsic-size:auto 300px');
    expect(result.html).toContain('-\\-diagram-readable:750px');
  });
});

describe('diagramHtml: where a sideways-scrolling diagram opens', () => {
  const svg = (id: string) => `<svg id="${id}-0" viewBox="0 0 900 300" style="max-width: 900px;"></svg>`;
  it('marks a top-down diagram to open at its middle, and no other', () => {
    expect(diagramHtml(svg('mmd-t-light'), svg('mmd-t-dark'), 'mmd-t', { middle: true }).html).toContain(
      '<div class="mermaid-diagram" data-diagram="mmd-t" data-start="middle" ',
    );
    expect(diagramHtml(svg('mmd-t-light'), svg('mmd-t-dark'), 'mmd-t').html).not.toContain('data-start');
  });
});

describe('svgSize', () => {
  it('reads the natural size from the viewBox', () => {
    expect(svgSize('<svg viewBox="-104 -10 618 461">')).toEqual({ width: 618, height: 461 });
  });
});
