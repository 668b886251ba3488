/**
 * Time bins for the lab's charts: areas (queue length, busy and present consumers integrated over
 * time) and counts per bin. The run's length is unknown in advance, so the recorder starts with a
 * guess and, when it reaches MAX_BINS, merges neighbouring bins and doubles the interval: at most
 * MAX_BINS bins, O(1) amortised per event, no allocation per event.
 */
import { quantilesInPlace } from '../shared/stats.ts';
import type { QueueTimeline } from './types.ts';

const MAX_BINS = 400;

/** Per-bin sums, filled by the simulation through `current`. */
export class BinRecorder {
  intervalMin: number;
  bins = 0;
  queueArea = new Float64Array(MAX_BINS);
  busyArea = new Float64Array(MAX_BINS);
  presentArea = new Float64Array(MAX_BINS);
  completions = new Int32Array(MAX_BINS);
  rejected = new Int32Array(MAX_BINS);
  redelivered = new Int32Array(MAX_BINS);
  duplicates = new Int32Array(MAX_BINS);
  deadLettered = new Int32Array(MAX_BINS);
  consumers = new Int32Array(MAX_BINS);
  /** Index into the wait log where the bin's first deliveries begin. */
  waitStart = new Int32Array(MAX_BINS);

  /**
   * @example
   * const bins = new BinRecorder(1); // 1-minute bins at first
   * bins.current; // 0
   */
  constructor(intervalMin: number) {
    this.intervalMin = intervalMin;
    this.bins = 1;
  }

  /** Index of the open bin. */
  get current(): number {
    return this.bins - 1;
  }

  /** When the open bin ends, in minutes. */
  get endMin(): number {
    return this.bins * this.intervalMin;
  }

  /** Closes the open bin (recording the consumers present) and opens the next. */
  next(consumers: number, waitIndex: number): void {
    this.consumers[this.bins - 1] = consumers;
    if (this.bins === MAX_BINS) this.#merge();
    this.waitStart[this.bins] = waitIndex;
    this.bins++;
  }

  #merge(): void {
    const half = MAX_BINS / 2;
    for (const sums of [this.queueArea, this.busyArea, this.presentArea]) {
      for (let i = 0; i < half; i++) sums[i] = sums[2 * i] + sums[2 * i + 1];
      sums.fill(0, half);
    }
    for (const counts of [
      this.completions,
      this.rejected,
      this.redelivered,
      this.duplicates,
      this.deadLettered,
    ]) {
      for (let i = 0; i < half; i++) counts[i] = counts[2 * i] + counts[2 * i + 1];
      counts.fill(0, half);
    }
    for (let i = 0; i < half; i++) {
      this.consumers[i] = this.consumers[2 * i + 1];
      this.waitStart[i] = this.waitStart[2 * i];
    }
    this.bins = half;
    this.intervalMin *= 2;
  }

  /**
   * The finished timeline. `waits` holds first-delivery waits in delivery order (so every bin's
   * waits are one contiguous range); it is reordered within each bin.
   */
  finish(endMin: number, consumers: number, waits: Float64Array, waitCount: number): QueueTimeline {
    this.consumers[this.bins - 1] = consumers;
    const bins = this.bins;
    const width = this.intervalMin;
    const lastWidth = Math.max(endMin - (bins - 1) * width, 1e-12);
    const span = (b: number) => (b === bins - 1 ? lastWidth : width);
    const waitP50 = new Float64Array(bins);
    const waitP95 = new Float64Array(bins);
    for (let b = 0; b < bins; b++) {
      const from = this.waitStart[b];
      const to = b + 1 < bins ? this.waitStart[b + 1] : waitCount;
      const [p50, p95] = quantilesInPlace(waits.subarray(from, to), to - from, [0.5, 0.95]);
      waitP50[b] = p50;
      waitP95[b] = p95;
    }
    return {
      intervalMin: width,
      bins,
      queueLength: Float64Array.from({ length: bins }, (_, b) => this.queueArea[b] / span(b)),
      utilization: Float64Array.from({ length: bins }, (_, b) =>
        this.presentArea[b] > 0 ? Math.min(1, this.busyArea[b] / this.presentArea[b]) : 0,
      ),
      throughputPerMin: Float64Array.from({ length: bins }, (_, b) => this.completions[b] / span(b)),
      waitP50,
      waitP95,
      rejected: this.rejected.slice(0, bins),
      redelivered: this.redelivered.slice(0, bins),
      duplicates: this.duplicates.slice(0, bins),
      deadLettered: this.deadLettered.slice(0, bins),
      consumers: this.consumers.slice(0, bins),
    };
  }
}
