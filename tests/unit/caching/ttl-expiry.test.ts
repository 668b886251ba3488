// TTL expiry: an entry fetched at time t is fresh while now < t + ttl (freshness as in RFC 9111,
// HTTP Caching, §4.2: fresh if freshness_lifetime > current_age); hits do not renew it.
import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../../src/sim/caching/ttl.ts';

describe('TTL expiry', () => {
  it('hits within the TTL and misses once it ran out', () => {
    const cache = new TtlCache(10, 3);
    expect([0, 1, 2, 3].map((time) => cache.access(7, time))).toEqual([false, true, true, false]);
  });

  it('a hit does not renew the lifetime, a refetch does', () => {
    const cache = new TtlCache(10, 5);
    cache.access(1, 0);
    expect(cache.access(1, 4)).toBe(true);
    expect(cache.access(1, 5)).toBe(false); // expired at 0 + 5
    expect(cache.access(1, 9)).toBe(true); // refetched at 5, fresh until 10
    expect(cache.access(1, 10)).toBe(false);
  });

  it('frees the slots of expired entries and reports them', () => {
    const cache = new TtlCache(3, 2);
    cache.access(1, 0);
    cache.access(2, 1);
    cache.access(3, 2); // 1 expires at 2
    expect(cache.lastExpired).toBe(1);
    const slots = new Int32Array(3);
    cache.readSlots(slots);
    expect(Array.from(slots)).toEqual([3, 2, -1]);
    expect(cache.lastEvicted).toBe(-1);
  });

  it('evicts like LRU when full before anything expires', () => {
    const cache = new TtlCache(2, 100);
    cache.access(1, 0);
    cache.access(2, 1);
    cache.access(1, 2);
    cache.access(3, 3);
    expect(cache.lastEvicted).toBe(2);
    expect(cache.victimOrder()).toEqual([1, 3]);
  });

  it('with an endless TTL behaves exactly like LRU', async () => {
    const { LruCache } = await import('../../../src/sim/caching/lru.ts');
    const ttl = new TtlCache(5, 1e12);
    const lru = new LruCache(5);
    for (let time = 0; time < 2000; time++) {
      const key = (time * 7919) % 13;
      expect(ttl.access(key, time)).toBe(lru.access(key, time));
    }
  });
});
