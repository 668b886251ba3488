import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRoundRobin } from '../../../src/sim/loadbalancing/algorithms/roundRobin.ts';
import { simulate } from '../../../src/sim/loadbalancing/simulation.ts';
import { scenario, servers } from './helpers.ts';

describe('round robin', () => {
  it('hands out 0, 1, 2, 0, 1, 2 for three servers', () => {
    const balancer = createRoundRobin(servers([1, 1, 1]));
    expect(Array.from({ length: 6 }, () => balancer.pick(0, 0, 0))).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('spreads any number of requests within ±1 over the up servers (property)', () => {
    // Oracle: the definition of round robin – after k picks over m servers each has ⌊k/m⌋ or ⌈k/m⌉.
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 32 }).filter((up) => up.some(Boolean)),
        fc.integer({ min: 0, max: 500 }),
        (upFlags, count) => {
          const up = upFlags.map((flag) => (flag ? 1 : 0));
          const balancer = createRoundRobin(
            servers(
              up.map(() => 1),
              { up },
            ),
          );
          const counts = new Array(up.length).fill(0);
          for (let k = 0; k < count; k++) counts[balancer.pick(0, 0, 0)]++;
          const upCounts = counts.filter((_, i) => up[i] === 1);
          expect(Math.max(...upCounts) - Math.min(...upCounts)).toBeLessThanOrEqual(1);
          counts.forEach((c, i) => up[i] === 0 && expect(c).toBe(0));
        },
      ),
    );
  });

  it('spreads within ±1 inside a whole simulation with unequal servers', () => {
    const result = simulate(
      scenario({
        algorithm: 'roundRobin',
        servers: [{ speed: 3 }, { speed: 1 }, { speed: 0.5, queueLimit: 10_000 }, { weight: 9 }, {}],
        requests: { count: 997 },
      }),
    );
    const counts = result.servers.map((s) => s.requests);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});
