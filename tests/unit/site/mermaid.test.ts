import { describe, expect, it } from 'vitest';
import { missingAccessibility } from '../../../src/plugins/mermaid/satteri-mermaid.ts';
import { scopeIds } from '../../../src/plugins/mermaid/render.ts';

describe('missingAccessibility', () => {
  it('accepts a diagram with accTitle and accDescr (also the block form)', () => {
    expect(missingAccessibility('flowchart LR\n  accTitle: T\n  accDescr: D\n  A-->B')).toBeNull();
    expect(
      missingAccessibility('flowchart LR\n  accTitle: T\n  accDescr {\n zwei Zeilen\n }\n A-->B'),
    ).toBeNull();
  });
  it('names what is missing', () => {
    expect(missingAccessibility('flowchart LR\n  A-->B')).toBe('Mermaid-Diagramm ohne accTitle und accDescr');
    expect(missingAccessibility('flowchart LR\n accTitle: T\n A-->B')).toBe('Mermaid-Diagramm ohne accDescr');
  });
});

describe('scopeIds', () => {
  it('prefixes plain ids and every reference to them', () => {
    expect(
      scopeIds(
        '<svg id="p"><g id="actor0"/><use href="#actor0"/><path marker-end="url(#a.b)" id="a.b"/></svg>',
        'p',
      ),
    ).toBe(
      '<svg id="p"><g id="p-actor0"/><use href="#p-actor0"/><path marker-end="url(#p-a.b)" id="p-a.b"/></svg>',
    );
  });
  it('leaves ids alone that already carry the prefix, and similar names', () => {
    const svg = '<svg id="p"><title id="chart-title-p"/><g id="x1"/><g id="x10"/><a href="#x10"/></svg>';
    expect(scopeIds(svg, 'p')).toBe(
      '<svg id="p"><title id="chart-title-p"/><g id="p-x1"/><g id="p-x10"/><a href="#p-x10"/></svg>',
    );
  });
});
