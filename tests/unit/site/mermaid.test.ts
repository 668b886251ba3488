import { describe, expect, it } from 'vitest';
import { missingAccessibility } from '../../../src/plugins/mermaid/satteri-mermaid.ts';
import { toSidebar } from '../../../src/lib/chapter.ts';

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

describe('toSidebar', () => {
  it('turns one-page groups into links and other groups into lists', () => {
    expect(
      toSidebar([
        { label: 'Start', pages: [''] },
        { label: '2 Teil', pages: ['teil', 'teil/a'] },
      ]),
    ).toEqual([
      { label: 'Start', slug: 'index' },
      { label: '2 Teil', items: [{ slug: 'teil' }, { slug: 'teil/a' }] },
    ]);
  });
});
