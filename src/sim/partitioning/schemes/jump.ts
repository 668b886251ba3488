// Jump consistent hash (Lamping & Veach, "A Fast, Minimal Memory, Consistent Hash Algorithm", 2014):
// maps a 64-bit key to one of n numbered buckets with no table at all; growing n to n+1 moves exactly
// the keys that land in the new bucket (≈ 1/(n+1) of them). Guava's Hashing.consistentHash and many
// sharded stores use it. Buckets can only be added or removed at the end. Cost per key: O(ln n) steps
// of a 64-bit linear congruential generator, done here in two 32-bit halves (no BigInt, no allocation).

// The paper's multiplier 2862933555777941757 = 0x27BB2EE687B0B0FD, split into 32-bit halves.
const MUL_HI = 0x27bb2ee6;
const MUL_LO = 0x87b0b0fd;
const TWO_POW_31 = 2147483648;

/**
 * The bucket in [0, buckets) of the 64-bit key given as two unsigned 32-bit halves; for keys below
 * 2^32 the high half is 0. Matches the paper's C++ code and Guava (its test vectors below).
 *
 * @example
 * jumpHash(0, 1, 100); // 55, as Guava's consistentHash(1, 100)
 * jumpHash(0, 5, 100); // 59
 */
export function jumpHash(keyHi: number, keyLo: number, buckets: number): number {
  let hi = keyHi >>> 0;
  let lo = keyLo >>> 0;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    // key = key * MUL + 1 (mod 2^64): the low product lo·MUL_LO exactly, via 16-bit limbs.
    const a0 = lo & 0xffff;
    const a1 = lo >>> 16;
    const p00 = a0 * (MUL_LO & 0xffff);
    const p01 = a0 * (MUL_LO >>> 16);
    const p10 = a1 * (MUL_LO & 0xffff);
    const p11 = a1 * (MUL_LO >>> 16);
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    const low = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
    const high = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
    hi = (high + Math.imul(hi, MUL_LO) + Math.imul(lo, MUL_HI)) >>> 0;
    lo = (low + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
    // j = (b + 1) · 2^31 / ((key >>> 33) + 1), in doubles as in the paper.
    j = Math.floor((b + 1) * (TWO_POW_31 / ((hi >>> 1) + 1)));
  }
  return b;
}
