// When a node joins n nodes, consistent schemes move about 1/(n+1) of the keys (the new node's fair
// share, and nothing else), while hash mod N renumbers almost everything: about n/(n+1).
// Sources: Karger et al. 1997 (ring); Lamping & Veach 2014 (jump); Thaler & Ravishankar 1998 (HRW).
import { describe, expect, it } from 'vitest';
import {
  simulatePartitioning,
  type PartitionScenario,
  type SchemeId,
} from '../../../src/sim/partitioning/index.ts';

const KEYS = 20_000;

function join(scheme: SchemeId, nodes: number, seed = 1, virtualNodes = 1000): PartitionScenario {
  return {
    scheme,
    nodes,
    virtualNodes,
    keys: KEYS,
    popularity: 'uniform',
    alpha: 1,
    hotShare: 0,
    event: { kind: 'join' },
    seed,
  };
}

describe('keys moved when a node joins', () => {
  // Tolerance: jump and rendezvous move a binomial share (σ ≈ 0.003 at 20,000 keys); the ring with
  // 1000 virtual nodes adds a share error of about 1/√1000 ≈ 3 % of the share: 15 % relative covers both.
  it.each(['ring', 'jump', 'rendezvous'] as const)(
    '%s moves about 1/(n+1), all to the new node',
    (scheme) => {
      for (const n of [2, 3, 5, 8]) {
        const result = simulatePartitioning(join(scheme, n));
        expect(Math.abs(result.movedFraction - 1 / (n + 1))).toBeLessThan(0.15 / (n + 1));
        expect(result.flows.every((flow) => flow.to === n)).toBe(true);
      }
    },
  );

  it('hash mod N moves about n/(n+1), between old nodes too', () => {
    for (const n of [2, 3, 5, 8]) {
      const result = simulatePartitioning(join('modN', n));
      expect(Math.abs(result.movedFraction - n / (n + 1))).toBeLessThan(0.02);
      expect(result.flows.some((flow) => flow.to !== n)).toBe(true);
    }
  });

  it('ranges move only the half of the busiest range that the new node takes', () => {
    const result = simulatePartitioning(join('ranges', 4));
    expect(result.flows).toHaveLength(1);
    expect(result.movedFraction).toBeCloseTo(1 / 8, 3);
  });

  it('a node that leaves: ring and rendezvous move only its keys; mod N far more', () => {
    const leave = (scheme: SchemeId) =>
      simulatePartitioning({ ...join(scheme, 5), event: { kind: 'leave', node: 2 } });
    for (const scheme of ['ring', 'rendezvous', 'ranges'] as const) {
      const result = leave(scheme);
      expect(result.movedFraction).toBeCloseTo(result.minimumFraction, 10);
      expect(result.flows.every((flow) => flow.from === 2)).toBe(true);
    }
    expect(leave('modN').movedFraction).toBeGreaterThan(0.7);
    // Jump can only drop its last bucket: the last node takes the leaver's number, and its keys move too.
    expect(leave('jump').movedFraction).toBeGreaterThan(1.5 * leave('jump').minimumFraction);
  });
});
