// Conservation: an acknowledged write is held by at least W replicas, so while no more than W − 1 of
// them fail (a read quorum of N − W + 1 survivors remains), some survivor still has it, and any read
// of R ≥ N − W + 1 survivors at or after the acknowledgement returns it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ackTime, readVersion } from '../../../src/sim/partitioning/index.ts';

const scenario = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    w: fc.integer({ min: 1, max: n }),
    applyAt: fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    later: fc.double({ min: 0, max: 1000, noNaN: true }),
  }),
);

describe('quorum conservation', () => {
  it('no acknowledged write is lost while a quorum survives', () => {
    fc.assert(
      fc.property(scenario, ({ n, w, applyAt, order, later }) => {
        const times = Float64Array.from(applyAt);
        const all = [...Array(n).keys()];
        const ack = ackTime(times, all, w);
        // Fail up to W − 1 replicas (in any order); the survivors form the read.
        const survivors = order.slice(w - 1);
        expect(survivors.length).toBe(n - w + 1);
        expect(readVersion(times, survivors, ack + later)).toBe(1);
        // At the ack itself at least W replicas have applied the write.
        expect(all.filter((i) => times[i] <= ack).length).toBeGreaterThanOrEqual(w);
      }),
      { numRuns: 1000 },
    );
  });
});
