// Belady's OPT (MIN) evicts the key whose next use lies furthest in the future. It needs the whole
// trace in advance, so no real cache can run it; it is the bound every policy is measured against
// (Belady 1966) and the reference in cache research. Cost: O(n) once to index the next uses, then
// O(log capacity) per access — a max-heap of the cached slots keyed by their next use.

import { KeyIndex } from './keyIndex.ts';
import type { Cache } from './types.ts';

const NONE = -1;

/**
 * For each position i, the position of the next access to the same key (trace.length if none).
 * @example
 * nextUses(Int32Array.of(1, 2, 1)); // Int32Array [2, 3, 3]
 */
export function nextUses(trace: Int32Array): Int32Array {
  const next = new Int32Array(trace.length);
  const seenAt = new KeyIndex(trace.length);
  for (let i = trace.length - 1; i >= 0; i--) {
    const seen = seenAt.get(trace[i]);
    next[i] = seen === NONE ? trace.length : seen;
    seenAt.set(trace[i], i);
  }
  return next;
}

/**
 * Belady's optimal offline cache for one given trace; it must be fed exactly that trace in order.
 * @example
 * const trace = Int32Array.of(1, 2, 3, 1);
 * const cache = new OptCache(2, trace);
 * Array.from(trace, (key, t) => cache.access(key, t)); // [false, false, false, true] — 3 evicts 2
 */
export class OptCache implements Cache {
  readonly capacity: number;
  lastEvicted = NONE;
  private readonly trace: Int32Array;
  private readonly nextUse: Int32Array;
  private readonly slotOf: KeyIndex;
  private readonly keys: Int32Array;
  private readonly nextOf: Int32Array; // next use of the key in each slot
  private readonly heap: Int32Array; // slots, the one used furthest in the future on top
  private readonly heapPos: Int32Array;
  private position = 0;
  private size = 0;

  constructor(capacity: number, trace: Int32Array, nextUse = nextUses(trace)) {
    this.capacity = capacity;
    this.slotOf = new KeyIndex(capacity);
    this.trace = trace;
    this.nextUse = nextUse;
    this.keys = new Int32Array(capacity).fill(NONE);
    this.nextOf = new Int32Array(capacity);
    this.heap = new Int32Array(capacity);
    this.heapPos = new Int32Array(capacity);
  }

  access(key: number, _time = 0): boolean {
    const i = this.position++;
    if (key !== this.trace[i]) throw new Error(`OPT: access ${i} is ${key}, the trace says ${this.trace[i]}`);
    this.lastEvicted = NONE;
    const found = this.slotOf.get(key);
    if (found !== NONE) {
      this.nextOf[found] = this.nextUse[i]; // only ever grows: sift towards the top
      this.siftUp(this.heapPos[found]);
      return true;
    }
    if (this.capacity === 0) return false;
    if (this.size < this.capacity) {
      const slot = this.size++;
      this.keys[slot] = key;
      this.nextOf[slot] = this.nextUse[i];
      this.slotOf.set(key, slot);
      this.heap[slot] = slot;
      this.heapPos[slot] = slot;
      this.siftUp(slot);
      return false;
    }
    const slot = this.heap[0];
    this.lastEvicted = this.keys[slot];
    this.slotOf.delete(this.lastEvicted);
    this.keys[slot] = key;
    this.nextOf[slot] = this.nextUse[i];
    this.slotOf.set(key, slot);
    this.siftDown(0);
    return false;
  }

  readSlots(out: Int32Array): void {
    out.set(this.keys);
  }

  victimOrder(): number[] {
    const slots = Array.from(this.heap.subarray(0, this.size));
    slots.sort((a, b) => this.nextOf[b] - this.nextOf[a]);
    return slots.map((slot) => this.keys[slot]);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const slot = heap[index];
    const next = this.nextOf[slot];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.nextOf[heap[parent]] >= next) break;
      heap[index] = heap[parent];
      this.heapPos[heap[index]] = index;
      index = parent;
    }
    heap[index] = slot;
    this.heapPos[slot] = index;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const slot = heap[index];
    const next = this.nextOf[slot];
    for (;;) {
      let child = 2 * index + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.nextOf[heap[child + 1]] > this.nextOf[heap[child]]) child++;
      if (this.nextOf[heap[child]] <= next) break;
      heap[index] = heap[child];
      this.heapPos[heap[index]] = index;
      index = child;
    }
    heap[index] = slot;
    this.heapPos[slot] = index;
  }
}
