// LFU evicts the least frequently used key; among equally frequent keys, the least recently used one
// (the tie-break documented in src/sim/caching/lfu.ts; the O(1) bucket structure follows K. Shah,
// A. Mitra, D. Matani, "An O(1) algorithm for implementing the LFU cache eviction scheme", 2010).
import { describe, expect, it } from 'vitest';
import { LfuCache } from '../../../src/sim/caching/lfu.ts';

function run(capacity: number, keys: number[]): LfuCache {
  const cache = new LfuCache(capacity);
  keys.forEach((key, time) => cache.access(key, time));
  return cache;
}

describe('LFU', () => {
  it('evicts the key with the fewest uses', () => {
    const cache = run(2, [1, 1, 2]);
    cache.access(3, 3);
    expect(cache.lastEvicted).toBe(2);
  });

  it('among equally frequent keys evicts the least recently used', () => {
    const cache = run(3, [1, 2, 3, 2, 1]); // counts: 1→2, 2→2, 3→1
    cache.access(4, 5);
    expect(cache.lastEvicted).toBe(3);
    cache.access(5, 6); // counts: 1→2, 2→2, 4→1: 4 is the only rarest
    expect(cache.lastEvicted).toBe(4);
    cache.access(5, 7); // 5→2: now 1, 2 and 5 tie at 2; 2 was used longer ago than 1
    cache.access(6, 8);
    expect(cache.lastEvicted).toBe(2);
  });

  it('ties on count 1 go to the key that entered first', () => {
    const cache = run(3, [7, 8, 9]);
    cache.access(10, 3);
    expect(cache.lastEvicted).toBe(7);
  });

  it('forgets the count of an evicted key', () => {
    const cache = run(1, [1, 1, 1, 2]);
    expect(cache.countOf(1)).toBe(0);
    expect(cache.countOf(2)).toBe(1);
  });

  it('lists the victim order: rarest first, least recent first within a count', () => {
    expect(run(4, [1, 2, 3, 4, 4, 2]).victimOrder()).toEqual([1, 3, 4, 2]);
  });

  it('keeps a frequently used key through a long scan, unlike LRU', () => {
    const cache = run(2, [1, 1, 1]);
    for (let key = 100; key < 200; key++) cache.access(key, key);
    expect(cache.access(1, 200)).toBe(true);
  });
});
