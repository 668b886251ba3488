// LFU (least frequently used) evicts the key with the fewest hits since it entered the cache; among
// equally rare keys it evicts the least recently used one (that is the documented tie-break). Used
// where popularity is stable, e.g. Redis's `allkeys-lfu` (approximated) and CDN edge caches. Cost per
// access: O(1) with frequency buckets (Shah, Mitra, Matani 2010): one recency list per use count.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * Cache with least-frequently-used eviction; ties go to the least recently used key.
 * Counts start at 1 when a key enters and are forgotten when it leaves ("in-cache LFU").
 * @example
 * const cache = new LfuCache(2);
 * [1, 1, 2, 3].map((key, t) => cache.access(key, t)); // [false, true, false, false] — 3 evicts 2
 */
export class LfuCache implements Cache {
  readonly capacity: number;
  lastEvicted = NONE;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  private readonly count: Int32Array;
  // Each bucket is a list of the slots with one use count; head = entered the bucket last.
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private bucketHead = new Int32Array(64).fill(NONE);
  private bucketTail = new Int32Array(64).fill(NONE);
  private minCount = 0;
  private size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.keys = new Int32Array(capacity).fill(NONE);
    this.count = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  access(key: number, _time = 0): boolean {
    this.lastEvicted = NONE;
    const found = this.slotOf.get(key);
    if (found !== NONE) {
      const count = this.count[found];
      this.unlink(found, count);
      if (count === this.minCount && this.bucketHead[count] === NONE) this.minCount = count + 1;
      this.count[found] = count + 1;
      this.pushFront(found, count + 1);
      return true;
    }
    if (this.capacity === 0) return false;
    let slot: number;
    if (this.size < this.capacity) {
      slot = this.size++;
    } else {
      // The least recently used slot among the least frequently used ones.
      slot = this.bucketTail[this.minCount];
      this.lastEvicted = this.keys[slot];
      this.slotOf.delete(this.lastEvicted);
      this.unlink(slot, this.minCount);
    }
    this.keys[slot] = key;
    this.count[slot] = 1;
    this.slotOf.set(key, slot);
    this.pushFront(slot, 1);
    this.minCount = 1;
    return false;
  }

  /** Use count of a cached key (0 if absent), for explanations and tests. */
  countOf(key: number): number {
    const slot = this.slotOf.get(key);
    return slot === NONE ? 0 : this.count[slot];
  }

  readSlots(out: Int32Array): void {
    out.set(this.keys);
  }

  victimOrder(): number[] {
    const order: number[] = [];
    for (let count = this.minCount; order.length < this.size; count++) {
      for (let slot = this.bucketTail[count]; slot !== NONE; slot = this.prev[slot]) {
        order.push(this.keys[slot]);
      }
    }
    return order;
  }

  private unlink(slot: number, count: number): void {
    const before = this.prev[slot];
    const after = this.next[slot];
    if (before === NONE) this.bucketHead[count] = after;
    else this.next[before] = after;
    if (after === NONE) this.bucketTail[count] = before;
    else this.prev[after] = before;
  }

  private pushFront(slot: number, count: number): void {
    if (count >= this.bucketHead.length) this.growBuckets();
    const head = this.bucketHead[count];
    this.prev[slot] = NONE;
    this.next[slot] = head;
    if (head === NONE) this.bucketTail[count] = slot;
    else this.prev[head] = slot;
    this.bucketHead[count] = slot;
  }

  // Doubling keeps the growth amortised O(1); it happens only log2(max count) times.
  private growBuckets(): void {
    const heads = new Int32Array(this.bucketHead.length * 2).fill(NONE);
    const tails = new Int32Array(this.bucketTail.length * 2).fill(NONE);
    heads.set(this.bucketHead);
    tails.set(this.bucketTail);
    this.bucketHead = heads;
    this.bucketTail = tails;
  }
}
