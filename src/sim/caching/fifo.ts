// FIFO (first in, first out) evicts the key that entered the cache first, no matter how often it was
// used since. It is the simplest policy (early page replacement, many hardware TLBs and queues) and the
// classic example of Belady's anomaly: more frames can mean more faults. Cost per access: O(1) — a hash
// lookup (keyIndex.ts) and a ring buffer whose write position is the next victim.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * Cache with first-in-first-out eviction; hits do not change the order.
 * @example
 * const cache = new FifoCache(2);
 * [1, 2, 1, 3, 1].map((key, t) => cache.access(key, t)); // [false, false, true, false, false]
 */
export class FifoCache implements Cache {
  readonly capacity: number;
  lastEvicted = NONE;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  private oldest = 0; // ring position of the next victim once the cache is full
  private size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.keys = new Int32Array(capacity).fill(NONE);
  }

  access(key: number, _time = 0): boolean {
    this.lastEvicted = NONE;
    if (this.slotOf.get(key) !== NONE) return true;
    if (this.capacity === 0) return false;
    let slot: number;
    if (this.size < this.capacity) {
      slot = this.size++;
    } else {
      slot = this.oldest;
      this.oldest = slot + 1 === this.capacity ? 0 : slot + 1;
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

  victimOrder(): number[] {
    const order: number[] = [];
    for (let i = 0; i < this.size; i++) order.push(this.keys[(this.oldest + i) % this.capacity]);
    return order;
  }
}
