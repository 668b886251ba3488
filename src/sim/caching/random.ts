// Random replacement evicts a uniformly chosen cached key. It needs no bookkeeping at all, which is
// why CPU caches (many ARM cores) and some CDNs use it; its hit ratio is often close to LRU's. Cost
// per access: O(1) — a hash lookup and one draw from the seeded generator on a miss.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * Cache that evicts a random slot; `random` is a seeded generator in [0, 1).
 * @example
 * const cache = new RandomCache(2, mulberry32(42));
 * [1, 2, 3].map((key, t) => cache.access(key, t)); // [false, false, false] — 3 replaces 1 or 2
 */
export class RandomCache implements Cache {
  readonly capacity: number;
  lastEvicted = NONE;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  private readonly random: () => number;
  private size = 0;

  constructor(capacity: number, random: () => number) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.keys = new Int32Array(capacity).fill(NONE);
    this.random = random;
  }

  access(key: number, _time = 0): boolean {
    this.lastEvicted = NONE;
    if (this.slotOf.get(key) !== NONE) return true;
    if (this.capacity === 0) return false;
    let slot: number;
    if (this.size < this.capacity) {
      slot = this.size++;
    } else {
      slot = Math.floor(this.random() * this.capacity);
      this.lastEvicted = this.keys[slot];
      this.slotOf.delete(this.lastEvicted);
    }
    this.keys[slot] = key;
    this.slotOf.set(key, slot);
    return false;
  }

  readSlots(out: Int32Array): void {
    out.set(this.keys);
  }

  /** Every cached key is equally likely to go next; listed in slot order. */
  victimOrder(): number[] {
    return Array.from(this.keys.subarray(0, this.size));
  }
}
