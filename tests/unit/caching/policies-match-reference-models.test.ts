// The O(1) policies behave exactly like straightforward array implementations of their textbook
// definitions (Silberschatz et al., Operating System Concepts, §10.4), on random traces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCache, type PolicyId } from '../../../src/sim/caching/policies.ts';

/** Naive model: a list of { key, lastUse, count, fetched }; picks the victim by scanning. */
function referenceMisses(
  policy: 'lru' | 'lfu' | 'fifo' | 'ttl',
  capacity: number,
  keys: number[],
  ttl: number,
): boolean[] {
  let entries: { key: number; lastUse: number; count: number; fetched: number }[] = [];
  return keys.map((key, time) => {
    if (policy === 'ttl') entries = entries.filter((entry) => entry.fetched + ttl > time);
    const found = entries.find((entry) => entry.key === key);
    if (found) {
      found.lastUse = time;
      found.count++;
      return true;
    }
    if (entries.length === capacity) {
      const score = (entry: (typeof entries)[number]) =>
        policy === 'fifo'
          ? entry.fetched
          : policy === 'lfu'
            ? entry.count * 1e9 + entry.lastUse
            : entry.lastUse;
      const victim = entries.reduce((best, entry) => (score(entry) < score(best) ? entry : best));
      entries = entries.filter((entry) => entry !== victim);
    }
    entries.push({ key, lastUse: time, count: 1, fetched: time });
    return false;
  });
}

const cases = fc.record({
  keys: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 200 }),
  capacity: fc.integer({ min: 1, max: 12 }),
  ttl: fc.integer({ min: 1, max: 40 }),
});

describe.each(['lru', 'lfu', 'fifo', 'ttl'] as const)('%s', (policy) => {
  it('hits exactly when the reference model hits', () => {
    fc.assert(
      fc.property(cases, ({ keys, capacity, ttl }) => {
        const cache = createCache(policy, capacity, { ttl });
        const hits = keys.map((key, time) => cache.access(key, time));
        expect(hits).toEqual(referenceMisses(policy, capacity, keys, ttl));
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(['lru', 'lfu', 'fifo', 'random', 'ttl', 'opt'] as PolicyId[])('%s slots', (policy) => {
  it('a hit means the key was in a slot; slots never hold a key twice', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 99 }), ({ keys, capacity, ttl }, seed) => {
        const trace = Int32Array.from(keys);
        const cache = createCache(policy, capacity, { trace, ttl, random: () => (seed * 0.618) % 1 });
        const slots = new Int32Array(capacity).fill(-1);
        keys.forEach((key, time) => {
          const before = Array.from(slots);
          const hit = cache.access(key, time);
          cache.readSlots(slots);
          if (hit) expect(before).toContain(key);
          expect(Array.from(slots)).toContain(key);
          const held = Array.from(slots).filter((k) => k !== -1);
          expect(new Set(held).size).toBe(held.length);
          expect(cache.victimOrder().sort()).toEqual(held.sort());
        });
      }),
      { numRuns: 100 },
    );
  });
});

it('a cache of size 0 misses everything and holds nothing', () => {
  for (const policy of ['lru', 'lfu', 'fifo', 'random', 'ttl', 'opt'] as PolicyId[]) {
    const trace = Int32Array.of(1, 1, 1);
    const cache = createCache(policy, 0, { trace, ttl: 10, random: () => 0.5 });
    expect(Array.from(trace, (key, time) => cache.access(key, time))).toEqual([false, false, false]);
  }
});
