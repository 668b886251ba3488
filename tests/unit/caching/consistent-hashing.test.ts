// Consistent hashing moves only about 1/(n+1) of the keys when a node joins a ring of n nodes, and all
// of them to the new node; removing a node moves only that node's keys.
// Source: D. Karger et al., "Consistent hashing and random trees", STOC 1997 (monotonicity, balance);
// virtual nodes as in G. DeCandia et al., "Dynamo", SOSP 2007.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createRing,
  nodeFor,
  ownerFromTable,
  ownerOfHash,
  ownerTable,
  ringShares,
} from '../../../src/sim/shared/consistentHash.ts';

const KEYS = 100_000;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('consistent hashing', () => {
  // Tolerance: 30 % relative with 200 virtual nodes (a node's share varies by about 1/√200 ≈ 7 %).
  it.each([1, 2, 3, 5, 8, 10, 16, 32])(
    'adding a node to %i nodes moves about 1/(n+1) of the keys, all to the new node',
    (n) => {
      const before = createRing(range(n), 200);
      const after = createRing(range(n + 1), 200);
      let moved = 0;
      for (let key = 0; key < KEYS; key++) {
        const owner = nodeFor(after, key);
        if (owner !== nodeFor(before, key)) {
          moved++;
          expect(owner).toBe(n);
        }
      }
      expect(Math.abs(moved / KEYS - 1 / (n + 1))).toBeLessThan(0.3 / (n + 1));
    },
  );

  it('removing a node moves only the keys it owned', () => {
    const full = createRing(range(8), 100);
    const without3 = createRing([0, 1, 2, 4, 5, 6, 7], 100);
    for (let key = 0; key < 20_000; key++) {
      const owner = nodeFor(full, key);
      if (owner !== 3) expect(nodeFor(without3, key)).toBe(owner);
      else expect(nodeFor(without3, key)).not.toBe(3);
    }
  });

  it('virtual nodes even out the shares of the hash space', () => {
    const spread = (virtualNodes: number) => {
      const shares = [...ringShares(createRing(range(10), virtualNodes)).values()];
      return Math.max(...shares) / Math.min(...shares);
    };
    expect(spread(500)).toBeLessThan(1.5);
    expect(spread(1)).toBeGreaterThan(spread(500));
  });

  it('shares sum to 1 and a one-node ring owns every key', () => {
    const shares = [...ringShares(createRing(range(5), 50)).values()];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const single = createRing([4], 10);
    for (let key = 0; key < 100; key++) expect(nodeFor(single, key)).toBe(4);
  });
});

describe('consistent hashing lookup table', () => {
  it('answers exactly like the binary search, for any ring and hash', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 50 }),
        (nodes, virtualNodes, salt, hashes) => {
          const ring = createRing(range(nodes), virtualNodes, salt);
          const table = ownerTable(ring);
          for (const hash of [...hashes, 0, 2 ** 32 - 1, ring.points[0], ring.points.at(-1)!])
            expect(ownerFromTable(table, hash)).toBe(ownerOfHash(ring, hash));
        },
      ),
      { numRuns: 200 },
    );
  });
});
