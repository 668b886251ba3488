// Runs cache policies over a trace: step by step for the textbook table (hit or miss and the slots
// after every access) or in bulk for long workloads (hit ratio overall and per time window). Bulk runs
// cost O(1) per access for LRU, LFU, FIFO, Random and TTL, O(log capacity) for OPT, and allocate
// nothing per access.

import { deriveSeed, mulberry32 } from '../shared/random.ts';
import { createCache, type PolicyId } from './policies.ts';
import type { Cache, CacheOptions } from './types.ts';
import { traceFor, type Workload } from './workloads.ts';

/** Longest trace for which `simulate` also returns the step-by-step table. */
export const MAX_STEP_LENGTH = 60;

export interface PolicySettings {
  /** Seed for Random's evictions. */
  seed: number;
  /** Lifetime of a TTL entry in accesses. */
  ttl: number;
  /** `nextUses(trace)` when already computed, so repeated OPT runs share it. */
  nextUse?: Int32Array;
}

export interface Step {
  /** Position in the trace (0-based). */
  time: number;
  key: number;
  hit: boolean;
  /** Key in each slot after the access (null = empty); a key keeps its slot until it leaves. */
  slots: (number | null)[];
  /** Key evicted to make room, or null. */
  evicted: number | null;
  /** Keys whose TTL ran out just before this access. */
  expired: number[];
  /** Cached keys after the access, the next victim first. */
  victimOrder: number[];
}

export interface StepResult {
  policy: PolicyId;
  capacity: number;
  steps: Step[];
  hits: number;
  misses: number;
}

export interface RunResult {
  policy: PolicyId;
  capacity: number;
  /** Accesses counted (after the warm-up). */
  accesses: number;
  hits: number;
  misses: number;
  hitRatio: number;
  /** Access index at which each window ends (exclusive). */
  windowEnd: Int32Array;
  /** Hit ratio within each window. */
  windowHitRatio: Float64Array;
  /** Hit ratio from the start (or the end of the warm-up) up to each window's end. */
  cumulativeHitRatio: Float64Array;
}

export interface CacheScenario {
  workload: Workload;
  policies: PolicyId[];
  capacity: number;
  seed: number;
  ttl: number;
  /** Number of windows in the hit-ratio-over-time series. */
  windows: number;
  /** Accesses at the start that fill the cache but are not counted. */
  warmup: number;
}

export interface CacheResult {
  trace: Int32Array;
  runs: RunResult[];
  /** Step tables, only for traces of at most MAX_STEP_LENGTH accesses. */
  steps: StepResult[] | null;
}

/** Options for one policy; Random gets its own stream, derived from the seed, apart from the trace's. */
function optionsFor(trace: Int32Array, settings: PolicySettings): CacheOptions {
  return {
    trace,
    nextUse: settings.nextUse,
    ttl: settings.ttl,
    random: mulberry32(deriveSeed(settings.seed, 1)),
  };
}

/**
 * Runs one policy over a short trace and records every access, as in a textbook table.
 * @example
 * stepTrace('fifo', 3, Int32Array.of(1, 2, 3, 4), { seed: 1, ttl: 10 }).steps[3];
 * // { time: 3, key: 4, hit: false, slots: [4, 2, 3], evicted: 1, expired: [], victimOrder: [2, 3, 4] }
 */
export function stepTrace(
  policy: PolicyId,
  capacity: number,
  trace: Int32Array,
  settings: PolicySettings,
): StepResult {
  const cache = createCache(policy, capacity, optionsFor(trace, settings));
  const before = new Int32Array(capacity).fill(-1);
  const after = new Int32Array(capacity);
  const steps: Step[] = [];
  let hits = 0;
  for (let time = 0; time < trace.length; time++) {
    const key = trace[time];
    const hit = cache.access(key, time);
    if (hit) hits++;
    cache.readSlots(after);
    const evicted = cache.lastEvicted === -1 ? null : cache.lastEvicted;
    const kept = new Set(after);
    const expired = Array.from(before).filter((old) => old !== -1 && !kept.has(old) && old !== evicted);
    steps.push({
      time,
      key,
      hit,
      slots: Array.from(after, (slotKey) => (slotKey === -1 ? null : slotKey)),
      evicted,
      expired,
      victimOrder: cache.victimOrder(),
    });
    before.set(after);
  }
  return { policy, capacity, steps, hits, misses: trace.length - hits };
}

/** The hot loop, kept apart so each call site sees one cache class at a time. */
function countHits(cache: Cache, trace: Int32Array, from: number, to: number): number {
  let hits = 0;
  for (let time = from; time < to; time++) if (cache.access(trace[time], time)) hits++;
  return hits;
}

/**
 * Runs one policy over a long trace; hit ratios overall and over `windows` equal time windows.
 * @example
 * runTrace('lru', 2, Int32Array.of(1, 2, 1, 2), { seed: 1, ttl: 10 }, 2).windowHitRatio; // Float64Array [0, 1]
 */
export function runTrace(
  policy: PolicyId,
  capacity: number,
  trace: Int32Array,
  settings: PolicySettings,
  windows = 100,
  warmup = 0,
): RunResult {
  const cache = createCache(policy, capacity, optionsFor(trace, settings));
  const count = Math.max(1, Math.min(windows, trace.length));
  const windowEnd = new Int32Array(count);
  const windowHitRatio = new Float64Array(count);
  const cumulativeHitRatio = new Float64Array(count);
  let hits = 0;
  let counted = 0;
  let start = 0;
  for (let w = 0; w < count; w++) {
    const end = Math.round(((w + 1) * trace.length) / count);
    // A window that straddles the end of the warm-up is run in two parts; only the second counts.
    const split = Math.min(end, Math.max(start, warmup));
    const warmHits = countHits(cache, trace, start, split);
    const countedHits = countHits(cache, trace, split, end);
    windowEnd[w] = end;
    windowHitRatio[w] = end > start ? (warmHits + countedHits) / (end - start) : 0;
    hits += countedHits;
    counted += end - split;
    cumulativeHitRatio[w] = counted > 0 ? hits / counted : 0;
    start = end;
  }
  const hitRatio = counted > 0 ? hits / counted : 0;
  const misses = counted - hits;
  return {
    policy,
    capacity,
    accesses: counted,
    hits,
    misses,
    hitRatio,
    windowEnd,
    windowHitRatio,
    cumulativeHitRatio,
  };
}

/**
 * Generates the workload once and runs every chosen policy on that same trace.
 * @example
 * simulate({ workload: { kind: 'custom', text: '1, 2, 3, 1' }, policies: ['lru', 'opt'], capacity: 2,
 *   seed: 1, ttl: 100, windows: 4, warmup: 0 }).runs.map((run) => run.hits); // [0, 1]
 */
export function simulate(scenario: CacheScenario): CacheResult {
  const trace = traceFor(scenario.workload, scenario.seed);
  const settings = { seed: scenario.seed, ttl: scenario.ttl };
  const runs = scenario.policies.map((policy) =>
    runTrace(policy, scenario.capacity, trace, settings, scenario.windows, scenario.warmup),
  );
  const steps =
    trace.length <= MAX_STEP_LENGTH
      ? scenario.policies.map((policy) => stepTrace(policy, scenario.capacity, trace, settings))
      : null;
  return { trace, runs, steps };
}
