// Miss-ratio curves. LRU is a stack algorithm, so one pass of stack distances gives its whole curve
// and the curve never rises with size (R. L. Mattson, J. Gecsei, D. R. Slutz, I. L. Traiger,
// "Evaluation techniques for storage hierarchies", IBM Systems Journal 9(2), 1970).
import { describe, expect, it } from 'vitest';
import { curveSizes, lruStackDistances, missRatioCurve } from '../../../src/sim/caching/missRatioCurve.ts';
import { runTrace } from '../../../src/sim/caching/simulate.ts';
import { generateTrace } from '../../../src/sim/caching/workloads.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';
import { trace } from './helpers.ts';

const zipf = generateTrace({ kind: 'zipf', keys: 300, alpha: 0.9, length: 20_000 }, mulberry32(5));
const settings = { seed: 5, ttl: 500 };

describe('miss-ratio curve', () => {
  it('stack distances of a small trace (1 + distinct keys in between, 0 = first use)', () => {
    expect(Array.from(lruStackDistances(trace('1,2,3,1,1,2')))).toEqual([0, 0, 0, 3, 1, 3]);
  });

  it('the one-pass LRU curve equals simulating every size', () => {
    const sizes = curveSizes(300, 12);
    const curve = missRatioCurve(zipf, ['lru'], sizes, settings, 1000).curves[0].missRatio;
    sizes.forEach((size, i) => {
      const run = runTrace('lru', size, zipf, settings, 1, 1000);
      expect(curve[i]).toBe(run.misses / run.accesses);
    });
  });

  it('LRU and OPT curves never rise with size; OPT lies below every other policy', () => {
    const sizes = curveSizes(300, 10);
    const { curves } = missRatioCurve(zipf, ['lru', 'lfu', 'fifo', 'random', 'ttl', 'opt'], sizes, settings);
    const byPolicy = Object.fromEntries(curves.map((curve) => [curve.policy, curve.missRatio]));
    for (const policy of ['lru', 'opt']) {
      for (let i = 1; i < sizes.length; i++)
        expect(byPolicy[policy][i]).toBeLessThanOrEqual(byPolicy[policy][i - 1]);
    }
    for (const curve of curves)
      curve.missRatio.forEach((ratio, i) => expect(byPolicy.opt[i]).toBeLessThanOrEqual(ratio));
  });

  it('at the number of distinct keys only cold misses remain', () => {
    const keys = trace('1,2,3,1,2,3,1,2,3');
    expect(
      missRatioCurve(keys, ['lru', 'fifo', 'opt'], [3], settings).curves.map((c) => c.missRatio[0]),
    ).toEqual([3 / 9, 3 / 9, 3 / 9]);
  });

  it('curveSizes spreads sizes evenly from 1 without duplicates', () => {
    expect(curveSizes(100, 5)).toEqual([1, 26, 51, 75, 100]);
    expect(curveSizes(3, 10)).toEqual([1, 2, 3]);
  });
});
