// The head entry that holds a chapter page's first paint until its opening text is parsed
// (src/lib/first-screen.ts, used by src/route-middleware/first-screen.ts).
import { describe, expect, it } from 'vitest';
import { firstScreenHead } from '../../../src/lib/first-screen.ts';

describe('first screen', () => {
  it('holds the first paint until the first section heading, skipping deeper ones before it', () => {
    const headings = [
      { depth: 3, slug: 'vorab' },
      { depth: 2, slug: 'ueberblick' },
      { depth: 2, slug: 'details' },
    ];
    expect(firstScreenHead(headings)).toEqual({
      tag: 'link',
      attrs: { rel: 'expect', href: '#ueberblick', blocking: 'render' },
    });
  });

  it('holds nothing on a page without a section heading', () => {
    expect(firstScreenHead([])).toBeUndefined();
    expect(firstScreenHead([{ depth: 3, slug: 'a' }])).toBeUndefined();
  });
});
