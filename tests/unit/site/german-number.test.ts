import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { germanNumber, type GermanNumberOptions } from '../../../src/lib/germanNumber.ts';

// The labs' formats (src/components/**, src/sim/shared/validate.ts) and a few more.
const FORMATS: GermanNumberOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 3 },
  { maximumFractionDigits: 6 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 1, maximumFractionDigits: 3 },
];

const intl = (options: GermanNumberOptions) => new Intl.NumberFormat('de-DE', options);

describe('germanNumber writes numbers as Intl.NumberFormat("de-DE") does', () => {
  it.each(FORMATS)('on hand-picked edges with %o', (options) => {
    const edges = [
      0,
      -0,
      1,
      -1,
      0.5,
      1.005,
      1.5,
      2.5,
      -2.5,
      0.05,
      0.049,
      0.95,
      9.95,
      99.95,
      999.5,
      999.95,
      1000,
      1234.5678,
      12345.678,
      123456789.123,
      1e21,
      1.5e-7,
      123e-20,
      -0.0001,
      0.125,
      0.375,
      1 / 3,
      2 / 3,
      1e15 + 0.3,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (const value of edges)
      expect(germanNumber(options).format(value), String(value)).toBe(intl(options).format(value));
  });

  it.each(FORMATS)('on any double with %o', (options) => {
    const ours = germanNumber(options);
    const theirs = intl(options);
    fc.assert(
      fc.property(fc.double(), (value) => ours.format(value) === theirs.format(value)),
      { numRuns: 2000 },
    );
    // Values with few decimals, where rounding ties (x,xx5) are common.
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 7 }),
        (n, scale) => {
          const value = n / 10 ** scale;
          return ours.format(value) === theirs.format(value);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
