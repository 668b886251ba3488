/**
 * A binary min-heap of (time, id) pairs in typed arrays: the event queue of a discrete-event
 * simulation. Equal times are ordered by id, so the order of simultaneous events is fixed and a
 * run is reproducible. push and pop cost O(log n) and allocate nothing unless the heap must grow.
 */
export class EventHeap {
  #times: Float64Array;
  #ids: Int32Array;
  #size = 0;

  /**
   * @example
   * const heap = new EventHeap();
   * heap.push(5, 1); heap.push(2, 7);
   * heap.pop(); // 7 (time 2 comes first)
   */
  constructor(capacity = 64) {
    this.#times = new Float64Array(Math.max(1, capacity));
    this.#ids = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.#size;
  }

  /** The earliest time, or Infinity when empty. */
  peekTime(): number {
    return this.#size === 0 ? Infinity : this.#times[0];
  }

  /** The id of the i-th stored entry (heap order, not sorted); for scanning all entries. */
  idAt(index: number): number {
    return this.#ids[index];
  }

  push(time: number, id: number): void {
    if (this.#size === this.#times.length) this.#grow();
    const times = this.#times;
    const ids = this.#ids;
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && ids[parent] < id)) break;
      times[i] = pt;
      ids[i] = ids[parent];
      i = parent;
    }
    times[i] = time;
    ids[i] = id;
  }

  /** Removes the earliest entry and returns its id (−1 when empty). */
  pop(): number {
    if (this.#size === 0) return -1;
    const times = this.#times;
    const ids = this.#ids;
    const top = ids[0];
    const size = --this.#size;
    if (size === 0) return top;
    const time = times[size];
    const id = ids[size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (times[right] < times[child] || (times[right] === times[child] && ids[right] < ids[child]))
      ) {
        child = right;
      }
      const ct = times[child];
      if (time < ct || (time === ct && id < ids[child])) break;
      times[i] = ct;
      ids[i] = ids[child];
      i = child;
    }
    times[i] = time;
    ids[i] = id;
    return top;
  }

  clear(): void {
    this.#size = 0;
  }

  #grow(): void {
    const times = new Float64Array(this.#times.length * 2);
    const ids = new Int32Array(this.#ids.length * 2);
    times.set(this.#times);
    ids.set(this.#ids);
    this.#times = times;
    this.#ids = ids;
  }
}
