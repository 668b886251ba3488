/**
 * Samples open connections, queue length and up/down of every server at a fixed interval of
 * virtual time, into flat typed arrays that grow by doubling (so recording allocates rarely).
 */
export class TimelineRecorder {
  readonly intervalMs: number;
  readonly servers: number;
  samples = 0;
  /** Flattened [sample · servers + server]. */
  active: Int32Array;
  queued: Int32Array;
  up: Uint8Array;

  /**
   * @example
   * const timeline = new TimelineRecorder(4, 50); // 4 servers, a sample every 50 ms
   * timeline.recordUntil(120, active, queued, up); // samples at 0, 50 and 100 ms
   */
  constructor(servers: number, intervalMs: number) {
    this.servers = servers;
    this.intervalMs = intervalMs;
    this.active = new Int32Array(256 * servers);
    this.queued = new Int32Array(256 * servers);
    this.up = new Uint8Array(256 * servers);
  }

  /** Time of the next sample; callers skip recordUntil while the clock is before it. */
  get nextMs(): number {
    return this.samples * this.intervalMs;
  }

  /** Records the current state for every sample time up to and including `ms`. */
  recordUntil(ms: number, active: Int32Array, queued: Int32Array, up: Uint8Array): void {
    const n = this.servers;
    while (this.samples * this.intervalMs <= ms) {
      if ((this.samples + 1) * n > this.active.length) this.#grow();
      const at = this.samples * n;
      this.active.set(active, at);
      this.queued.set(queued, at);
      this.up.set(up, at);
      this.samples++;
    }
  }

  #grow(): void {
    const active = new Int32Array(this.active.length * 2);
    const queued = new Int32Array(this.queued.length * 2);
    const up = new Uint8Array(this.up.length * 2);
    active.set(this.active);
    queued.set(this.queued);
    up.set(this.up);
    this.active = active;
    this.queued = queued;
    this.up = up;
  }
}
