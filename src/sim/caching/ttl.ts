// TTL expiry drops an entry a fixed time after it was fetched, so a cache never serves data older
// than the TTL — the rule of HTTP caches (`Cache-Control: max-age`), DNS resolvers and most Redis
// keys (`EXPIRE`). When the cache is full it evicts like LRU. Cost per access: O(1) amortised —
// with one TTL for all keys, expiry order is fetch order, so a second list hands out the expired.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * LRU cache whose entries expire `ttl` time units after they were fetched (a hit does not renew
 * them; an entry fetched at t is fresh while time < t + ttl, as in RFC 9111). Times must not decrease.
 * @example
 * const cache = new TtlCache(10, 3);
 * [7, 7, 7, 7].map((key, t) => cache.access(key, t)); // [false, true, true, false] — expired at t=3
 */
export class TtlCache implements Cache {
  readonly capacity: number;
  readonly ttl: number;
  lastEvicted = NONE;
  /** Number of entries that expired just before the last access. */
  lastExpired = 0;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  private readonly expiresAt: Float64Array;
  // Recency list (for eviction when full): head = most recently used.
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private head = NONE;
  private tail = NONE;
  // Fetch-order list (for expiry): first = fetched longest ago, expires first.
  private readonly fetchPrev: Int32Array;
  private readonly fetchNext: Int32Array;
  private firstFetched = NONE;
  private lastFetched = NONE;
  private readonly free: Int32Array;
  private freeCount: number;

  constructor(capacity: number, ttl: number) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.ttl = ttl;
    this.keys = new Int32Array(capacity).fill(NONE);
    this.expiresAt = new Float64Array(capacity);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.fetchPrev = new Int32Array(capacity);
    this.fetchNext = new Int32Array(capacity);
    // A stack of free slots; slot 0 on top so the cache fills from the first slot.
    this.free = new Int32Array(capacity);
    for (let i = 0; i < capacity; i++) this.free[i] = capacity - 1 - i;
    this.freeCount = capacity;
  }

  access(key: number, time: number): boolean {
    this.lastEvicted = NONE;
    this.lastExpired = 0;
    while (this.firstFetched !== NONE && this.expiresAt[this.firstFetched] <= time) {
      this.remove(this.firstFetched);
      this.lastExpired++;
    }
    const found = this.slotOf.get(key);
    if (found !== NONE) {
      if (found !== this.head) {
        this.unlinkRecent(found);
        this.pushRecent(found);
      }
      return true;
    }
    if (this.capacity === 0) return false;
    if (this.freeCount === 0) {
      this.lastEvicted = this.keys[this.tail];
      this.remove(this.tail);
    }
    const slot = this.free[--this.freeCount];
    this.keys[slot] = key;
    this.expiresAt[slot] = time + this.ttl;
    this.slotOf.set(key, slot);
    this.pushRecent(slot);
    this.appendFetched(slot);
    return false;
  }

  readSlots(out: Int32Array): void {
    out.set(this.keys);
  }

  /** Next victim first: the LRU order (expiry may strike earlier, see `expiresAt`). */
  victimOrder(): number[] {
    const order: number[] = [];
    for (let slot = this.tail; slot !== NONE; slot = this.prev[slot]) order.push(this.keys[slot]);
    return order;
  }

  private remove(slot: number): void {
    this.slotOf.delete(this.keys[slot]);
    this.keys[slot] = NONE;
    this.unlinkRecent(slot);
    const before = this.fetchPrev[slot];
    const after = this.fetchNext[slot];
    if (before === NONE) this.firstFetched = after;
    else this.fetchNext[before] = after;
    if (after === NONE) this.lastFetched = before;
    else this.fetchPrev[after] = before;
    this.free[this.freeCount++] = slot;
  }

  private unlinkRecent(slot: number): void {
    const before = this.prev[slot];
    const after = this.next[slot];
    if (before === NONE) this.head = after;
    else this.next[before] = after;
    if (after === NONE) this.tail = before;
    else this.prev[after] = before;
  }

  private pushRecent(slot: number): void {
    this.prev[slot] = NONE;
    this.next[slot] = this.head;
    if (this.head === NONE) this.tail = slot;
    else this.prev[this.head] = slot;
    this.head = slot;
  }

  private appendFetched(slot: number): void {
    this.fetchNext[slot] = NONE;
    this.fetchPrev[slot] = this.lastFetched;
    if (this.lastFetched === NONE) this.firstFetched = slot;
    else this.fetchNext[this.lastFetched] = slot;
    this.lastFetched = slot;
  }
}
