import { describe, expect, it } from 'vitest';
import { readableWidth, smallestFontSize } from '../../../src/plugins/mermaid/readable-width.ts';
import { trimmed } from './fixtures.ts';

describe('smallestFontSize', () => {
  it('finds the smallest size in CSS, style and font-size attributes', () => {
    expect(
      smallestFontSize('<svg><style>#a{font-size:16px}</style><text font-size="12.5">x</text></svg>'),
    ).toBe(12.5);
    expect(
      smallestFontSize('<svg><text style="font-size: 14px">x</text><style>.b{font-size:18px}</style></svg>'),
    ).toBe(14);
    expect(smallestFontSize('<svg><style>.c{font-size:0.75em}</style></svg>')).toBe(12);
  });

  it('falls back to Mermaid’s 16 px and ignores sizes it cannot read', () => {
    expect(smallestFontSize('<svg><text>x</text></svg>')).toBe(16);
    expect(smallestFontSize('<svg><style>.d{font-size:0px}.e{font-size:var(--x)}</style></svg>')).toBe(16);
  });

  it('reads a real Mermaid render', () => {
    expect(smallestFontSize(trimmed('sequence', 'light'))).toBe(16);
  });
});

describe('readableWidth', () => {
  it('is the width at which the smallest text is 12 px, rounded up', () => {
    expect(readableWidth(1084.4, '<svg><style>#a{font-size:16px}</style></svg>')).toBe(814);
    expect(readableWidth(600, '<svg><text font-size="10">x</text></svg>')).toBe(720);
  });
});
