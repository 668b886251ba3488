// Belady's OPT (MIN) is optimal: no replacement policy with the same capacity has fewer misses on any
// trace. Sources: L. A. Belady, "A study of replacement algorithms for a virtual-storage computer",
// IBM Systems Journal 5(2), 1966; R. L. Mattson et al., "Evaluation techniques for storage
// hierarchies", IBM Systems Journal 9(2), 1970 (proof of optimality).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptCache } from '../../../src/sim/caching/opt.ts';
import { POLICY_IDS } from '../../../src/sim/caching/policies.ts';
import { runTrace } from '../../../src/sim/caching/simulate.ts';

const traces = fc
  .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 80 })
  .map((keys) => Int32Array.from(keys));

describe('OPT is a lower bound', () => {
  it('never misses more than any policy, on any trace, at any size', () => {
    fc.assert(
      fc.property(
        traces,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 30 }),
        (keys, capacity, seed, ttl) => {
          const settings = { seed, ttl };
          const optimum = runTrace('opt', capacity, keys, settings).misses;
          for (const policy of POLICY_IDS) {
            expect(optimum).toBeLessThanOrEqual(runTrace(policy, capacity, keys, settings).misses);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('misses exactly once per distinct key when everything fits', () => {
    fc.assert(
      fc.property(traces, (keys) => {
        const distinct = new Set(keys).size;
        expect(runTrace('opt', distinct, keys, { seed: 1, ttl: 1 }).misses).toBe(distinct);
      }),
    );
  });

  it('refuses an access that does not follow its trace', () => {
    const cache = new OptCache(1, Int32Array.of(1, 2));
    cache.access(1, 0);
    expect(() => cache.access(3, 1)).toThrow(/OPT/);
  });
});
