import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jainIndex, quantilesInPlace } from '../../../src/sim/shared/stats.ts';

// Oracle: R. Jain, D. Chiu, W. Hawe, "A Quantitative Measure of Fairness and Discrimination for
// Resource Allocation in Shared Computer Systems", DEC-TR-301, 1984: J = (Σx)² / (n·Σx²), which is
// 1 for equal allocations and 1/n when one user gets everything.
describe("Jain's fairness index", () => {
  it('is 1 for equal loads', () => {
    expect(jainIndex([5, 5, 5, 5])).toBe(1);
  });

  it('is 1/n when one server gets everything', () => {
    for (const n of [1, 2, 3, 8, 16, 32]) {
      const loads = new Array(n).fill(0);
      loads[0] = 42;
      expect(jainIndex(loads)).toBeCloseTo(1 / n, 12);
    }
  });

  it('is k/n when k of n servers share the load equally', () => {
    expect(jainIndex([3, 3, 0, 0])).toBeCloseTo(0.5, 12);
  });

  it('stays within [1/n, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 32 }),
        (loads) => {
          const index = jainIndex(loads);
          expect(index).toBeLessThanOrEqual(1 + 1e-9);
          expect(index).toBeGreaterThanOrEqual(1 / loads.length - 1e-9);
        },
      ),
    );
  });
});

describe('quantiles (nearest rank)', () => {
  it('matches the nearest-rank examples', () => {
    // Oracle: the nearest-rank method, e.g. Wikipedia "Percentile", worked example: for
    // 15, 20, 35, 40, 50 the 30th percentile is 20, the 40th 20, the 50th 35 and the 100th 50.
    const values = () => Float64Array.of(50, 15, 40, 20, 35);
    expect(quantilesInPlace(values(), 5, [0.3, 0.4, 0.5, 1])).toEqual([20, 20, 35, 50]);
  });

  it('equals sorting and taking rank ⌈q·n⌉ (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (list) => {
          const sorted = [...list].sort((a, b) => a - b);
          const expected = [0.5, 0.95, 0.99].map((q) => sorted[Math.max(1, Math.ceil(q * list.length)) - 1]);
          expect(quantilesInPlace(Float64Array.from(list), list.length, [0.5, 0.95, 0.99])).toEqual(expected);
        },
      ),
    );
  });

  it('gives 0 for no values', () => {
    expect(quantilesInPlace(new Float64Array(0), 0, [0.5])).toEqual([0]);
  });
});
