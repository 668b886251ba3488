/**
 * Turns the state of a simulation into its result: latency percentiles, drops, per-server
 * summaries and fairness. Also derives latency percentiles over time for the lab's charts.
 */
import { jainIndex, quantilesInPlace } from '../shared/stats.ts';
import type { TimelineRecorder } from './timeline.ts';
import type { LatencySummary, RequestLog, Scenario, SimulationResult } from './types.ts';
import { DROP_NO_SERVER, DROP_NONE, DROP_QUEUE_FULL, DROP_SERVER_FAILED } from './types.ts';

/** What a simulation hands over to build its result; `busyMs` is each server's busy worker time. */
export interface ResultInput {
  scenario: Readonly<Scenario>;
  log: RequestLog;
  servers: {
    count: number;
    requests: Int32Array;
    served: Int32Array;
    dropped: Int32Array;
    bytes: Float64Array;
    maxQueue: Int32Array;
  };
  timeline: TimelineRecorder;
  /** Requests that have arrived. */
  count: number;
  durationMs: number;
  busyMs: Float64Array;
}

/** Builds the result from a simulation's state (its arrays are handed out as subarray views). */
export function buildResult(input: ResultInput): SimulationResult {
  const { log, servers, scenario, timeline, count, durationMs, busyMs } = input;
  const requests: RequestLog = {
    count,
    arrivalMs: log.arrivalMs.subarray(0, count),
    startMs: log.startMs.subarray(0, count),
    endMs: log.endMs.subarray(0, count),
    latencyMs: log.latencyMs.subarray(0, count),
    server: log.server.subarray(0, count),
    dropped: log.dropped.subarray(0, count),
    client: log.client.subarray(0, count),
    bytes: log.bytes.subarray(0, count),
    longLived: log.longLived.subarray(0, count),
  };
  const drops = { total: 0, queueFull: 0, noServer: 0, serverFailed: 0 };
  for (let i = 0; i < count; i++) {
    const reason = requests.dropped[i];
    if (reason === DROP_QUEUE_FULL) drops.queueFull++;
    else if (reason === DROP_NO_SERVER) drops.noServer++;
    else if (reason === DROP_SERVER_FAILED) drops.serverFailed++;
  }
  drops.total = drops.queueFull + drops.noServer + drops.serverFailed;
  const summaries = scenario.servers.map((spec, i) => ({
    requests: servers.requests[i],
    served: servers.served[i],
    dropped: servers.dropped[i],
    bytes: servers.bytes[i],
    utilization: durationMs > 0 ? busyMs[i] / (spec.concurrency * durationMs) : 0,
    maxQueue: servers.maxQueue[i],
  }));
  const n = servers.count;
  return {
    algorithm: scenario.algorithm,
    durationMs,
    requests,
    servers: summaries,
    timeline: {
      intervalMs: timeline.intervalMs,
      samples: timeline.samples,
      active: timeline.active.subarray(0, timeline.samples * n),
      queued: timeline.queued.subarray(0, timeline.samples * n),
      up: timeline.up.subarray(0, timeline.samples * n),
    },
    latency: latencySummary(requests, 0, count),
    drops,
    fairness: {
      requests: jainIndex(servers.requests),
      utilization: jainIndex(summaries.map((s) => s.utilization)),
    },
  };
}

let scratch = new Float64Array(1024);

/**
 * Percentiles of the served short requests among requests [from, to) (nearest rank; long-lived
 * connections and dropped requests are left out).
 *
 * @example
 * latencySummary(result.requests, 0, result.requests.count).p95;
 */
export function latencySummary(requests: RequestLog, from: number, to: number): LatencySummary {
  // One scratch buffer for all calls: the lab asks for summaries several times a second, and fresh
  // arrays each time would keep the garbage collector busy during the animation.
  if (scratch.length < to - from) scratch = new Float64Array(Math.max(to - from, 2 * scratch.length));
  const values = scratch;
  let length = 0;
  let sum = 0;
  let max = 0;
  for (let i = from; i < to; i++) {
    if (requests.dropped[i] !== DROP_NONE || requests.longLived[i] === 1) continue;
    const latency = requests.latencyMs[i];
    if (latency < 0) continue; // still running or queued
    values[length++] = latency;
    sum += latency;
    if (latency > max) max = latency;
  }
  const [p50, p95, p99] = quantilesInPlace(values, length, [0.5, 0.95, 0.99]);
  return { count: length, p50, p95, p99, max, mean: length === 0 ? 0 : sum / length };
}

/**
 * Latency percentiles per time bucket, by arrival time: `buckets` equal slices of the run, for a
 * chart of p50/p95/p99 over time. Buckets without served requests repeat the previous values.
 *
 * @example
 * latencyOverTime(result, 40)[0]; // { atMs: 0, p50: …, p95: …, p99: … }
 */
export function latencyOverTime(
  result: SimulationResult,
  buckets: number,
): { atMs: number; p50: number; p95: number; p99: number }[] {
  const { requests } = result;
  const span = requests.count > 0 ? requests.arrivalMs[requests.count - 1] : 0;
  const out: { atMs: number; p50: number; p95: number; p99: number }[] = [];
  let from = 0;
  let previous = { p50: 0, p95: 0, p99: 0 };
  for (let b = 0; b < buckets; b++) {
    const until = ((b + 1) * span) / buckets;
    let to = from;
    while (to < requests.count && (requests.arrivalMs[to] <= until || b === buckets - 1)) to++;
    const summary = latencySummary(requests, from, to);
    if (summary.count > 0) previous = { p50: summary.p50, p95: summary.p95, p99: summary.p99 };
    out.push({ atMs: (b * span) / buckets, ...previous });
    from = to;
  }
  return out;
}
