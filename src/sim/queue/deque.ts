/**
 * A double-ended queue of int32 ids in a ring buffer that doubles when full: the broker's ready
 * messages. New messages join at the back; a message whose visibility timeout ran out returns to the
 * front (the broker offers it again first, as RabbitMQ does on requeue). push, unshift and shift
 * cost O(1) and allocate only when the buffer grows.
 */
export class IntDeque {
  #items: Int32Array;
  #head = 0;
  #size = 0;

  /**
   * @example
   * const q = new IntDeque(); q.push(1); q.push(2); q.unshift(0);
   * q.shift(); // 0
   */
  constructor(capacity = 16) {
    this.#items = new Int32Array(Math.max(2, capacity));
  }

  get size(): number {
    return this.#size;
  }

  push(id: number): void {
    if (this.#size === this.#items.length) this.#grow();
    const index = this.#head + this.#size;
    const length = this.#items.length;
    this.#items[index >= length ? index - length : index] = id;
    this.#size++;
  }

  unshift(id: number): void {
    if (this.#size === this.#items.length) this.#grow();
    this.#head = this.#head === 0 ? this.#items.length - 1 : this.#head - 1;
    this.#items[this.#head] = id;
    this.#size++;
  }

  /** Removes and returns the front id (−1 when empty). */
  shift(): number {
    if (this.#size === 0) return -1;
    const id = this.#items[this.#head];
    this.#head = this.#head + 1 === this.#items.length ? 0 : this.#head + 1;
    this.#size--;
    return id;
  }

  #grow(): void {
    const items = new Int32Array(this.#items.length * 2);
    for (let i = 0; i < this.#size; i++) {
      const index = this.#head + i;
      items[i] = this.#items[index >= this.#items.length ? index - this.#items.length : index];
    }
    this.#items = items;
    this.#head = 0;
  }
}
