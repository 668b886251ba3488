// LRU (least recently used) evicts the key whose last access lies furthest in the past. It is the
// default of most in-process caches (lru-cache, Guava, Caffeine's baseline) and the eviction of
// Memcached and of Redis's `allkeys-lru`. Cost per access: O(1) — a hash index (keyIndex.ts) finds
// the slot, a doubly linked list over the slots keeps the recency order.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * Cache with least-recently-used eviction.
 * @example
 * const cache = new LruCache(2);
 * [1, 2, 1, 3].map((key, t) => cache.access(key, t)); // [false, false, true, false] — 3 evicts 2
 */
export class LruCache implements Cache {
  readonly capacity: number;
  lastEvicted = NONE;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  // prev points towards the most recent slot, next towards the least recent one.
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private head = NONE; // most recently used
  private tail = NONE; // least recently used, the next victim
  private size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.keys = new Int32Array(capacity).fill(NONE);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  access(key: number, _time = 0): boolean {
    this.lastEvicted = NONE;
    const found = this.slotOf.get(key);
    if (found !== NONE) {
      if (found !== this.head) {
        this.unlink(found);
        this.pushFront(found);
      }
      return true;
    }
    if (this.capacity === 0) return false;
    let slot: number;
    if (this.size < this.capacity) {
      slot = this.size++;
    } else {
      slot = this.tail;
      this.lastEvicted = this.keys[slot];
      this.slotOf.delete(this.lastEvicted);
      this.unlink(slot);
    }
    this.keys[slot] = key;
    this.slotOf.set(key, slot);
    this.pushFront(slot);
    return false;
  }

  readSlots(out: Int32Array): void {
    out.set(this.keys);
  }

  victimOrder(): number[] {
    const order: number[] = [];
    for (let slot = this.tail; slot !== NONE; slot = this.prev[slot]) order.push(this.keys[slot]);
    return order;
  }

  private unlink(slot: number): void {
    const before = this.prev[slot];
    const after = this.next[slot];
    if (before === NONE) this.head = after;
    else this.next[before] = after;
    if (after === NONE) this.tail = before;
    else this.prev[after] = before;
  }

  private pushFront(slot: number): void {
    this.prev[slot] = NONE;
    this.next[slot] = this.head;
    if (this.head === NONE) this.tail = slot;
    else this.prev[this.head] = slot;
    this.head = slot;
  }
}
