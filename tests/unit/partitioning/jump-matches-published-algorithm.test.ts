// Jump consistent hash must give the published algorithm's outputs (J. Lamping, E. Veach, "A Fast,
// Minimal Memory, Consistent Hash Algorithm", arXiv:1406.2294, 2014), including Guava's test vectors,
// and growing the bucket count must move keys only into the new bucket.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jumpHash } from '../../../src/sim/partitioning/index.ts';

/** The paper's C++ code, line by line, in 64-bit BigInt arithmetic: the reference model. */
function paperJump(key: bigint, buckets: number): number {
  let k = BigInt.asUintN(64, key);
  let b = -1n;
  let j = 0n;
  while (j < BigInt(buckets)) {
    b = j;
    k = BigInt.asUintN(64, k * 2862933555777941757n + 1n);
    j = BigInt(Math.floor(Number(b + 1n) * (Number(1n << 31n) / Number((k >> 33n) + 1n))));
  }
  return Number(b);
}

describe('jump consistent hash', () => {
  it("matches Guava's compatibility vectors (consistentHash(1..5, 100))", () => {
    expect([1, 2, 3, 4, 5].map((key) => jumpHash(0, key, 100))).toEqual([55, 62, 8, 45, 59]);
  });

  it('matches the paper’s 64-bit algorithm for any key and bucket count', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        fc.integer({ min: 1, max: 100_000 }),
        (key, buckets) => {
          const hi = Number(key >> 32n);
          const lo = Number(key & 0xffffffffn);
          expect(jumpHash(hi, lo, buckets)).toBe(paperJump(key, buckets));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('moves a key only into the new bucket when the count grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 500 }), (key, n) => {
        const before = jumpHash(0, key, n);
        const after = jumpHash(0, key, n + 1);
        expect(after === before || after === n).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
