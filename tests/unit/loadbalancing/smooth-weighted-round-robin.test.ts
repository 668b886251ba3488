import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWeightedRoundRobin } from '../../../src/sim/loadbalancing/algorithms/weightedRoundRobin.ts';
import { servers } from './helpers.ts';

const picks = (weights: number[], count: number, up?: number[]) => {
  const balancer = createWeightedRoundRobin(servers(weights, { up }));
  return Array.from({ length: count }, () => balancer.pick(0, 0, 0));
};

describe('smooth weighted round robin (nginx)', () => {
  it('picks a a b a c a a for weights 5, 1, 1', () => {
    // Oracle: nginx commit 52327e0627f49dbda1e8db695e63a4b0af4448b1 ("Upstream: smooth weighted
    // round-robin balancing"), whose message gives the sequence { a, a, b, a, c, a, a } for
    // weights { 5, 1, 1 }; the algorithm is ngx_http_upstream_get_peer() in
    // src/http/ngx_http_upstream_round_robin.c.
    expect(
      picks([5, 1, 1], 7)
        .map((i) => 'abc'[i])
        .join(' '),
    ).toBe('a a b a c a a');
  });

  it('repeats the same sequence every sum-of-weights picks', () => {
    expect(picks([5, 1, 1], 14)).toEqual([...picks([5, 1, 1], 7), ...picks([5, 1, 1], 7)]);
  });

  it('breaks ties toward the lower index (weights 1, 1, 1 give 0, 1, 2)', () => {
    expect(picks([1, 1, 1], 6)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('gives each server exactly its weight per cycle (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 12 }), (weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const counts = new Array(weights.length).fill(0);
        for (const i of picks(weights, total)) counts[i]++;
        expect(counts).toEqual(weights);
      }),
    );
  });

  it('skips down servers and spreads by the remaining weights', () => {
    expect(picks([5, 1, 1], 4, [0, 1, 1])).toEqual([1, 2, 1, 2]);
  });

  it('returns −1 when every server is down', () => {
    expect(picks([2, 3], 1, [0, 0])).toEqual([-1]);
  });
});
