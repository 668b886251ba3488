// Leaderless replication with quorums (Dynamo: DeCandia et al. 2007; Cassandra, Riak): a write goes to
// all N replicas and counts as acknowledged once W have applied it; a read asks R replicas and returns
// the newest version among their answers. If W + R > N, every read set meets every write set, so no
// read started after the acknowledgement returns an older value; with W + R ≤ N it can. Replicas apply
// the write after an exponential delay. A failed replica or a network partition makes replicas
// unreachable (strict quorums: no sloppy quorum, no hinted handoff). Cost: O(runs · N log N).

import { deriveSeed, exponential, mulberry32, type Random } from '../shared/random.ts';

export const QUORUM_FAILURES = ['none', 'replica', 'partition'] as const;
/** none; one replica down; a partition: the writer reaches only the majority side, the reader only the rest. */
export type QuorumFailure = (typeof QUORUM_FAILURES)[number];

export interface QuorumScenario {
  n: number;
  w: number;
  r: number;
  /** Mean delay until a replica has applied the write, ms. */
  lagMs: number;
  /** Time from the acknowledgement to the read, ms. */
  readAfterMs: number;
  failure: QuorumFailure;
  runs: number;
  seed: number;
}

export interface QuorumResult {
  runs: number;
  /** Runs whose write was acknowledged (W replicas reachable). */
  acknowledged: number;
  /** Acknowledged runs whose read found R reachable replicas. */
  reads: number;
  /** Reads that returned the old value although the write was acknowledged. */
  staleReads: number;
  writesUnavailable: number;
  readsUnavailable: number;
  /** Mean time to the acknowledgement, ms. */
  meanAckMs: number;
  /** One read for the picture: the first stale one if any, else the first; null if none was possible. */
  example: QuorumExample | null;
}

/** One read: per replica whether it had the write when read, whether it was asked, whether reachable. */
export interface QuorumExample {
  applied: boolean[];
  asked: boolean[];
  reachable: boolean[];
  stale: boolean;
}

/**
 * When the write counts as acknowledged: the w-th earliest apply time among the reachable replicas,
 * or Infinity when fewer than w are reachable.
 *
 * @example
 * ackTime(Float64Array.of(5, 1, 3), [0, 1, 2], 2); // 3
 * ackTime(Float64Array.of(5, 1, 3), [0], 2); // Infinity
 */
export function ackTime(applyAt: Float64Array, reachable: readonly number[], w: number): number {
  if (reachable.length < w) return Infinity;
  const times = reachable.map((i) => applyAt[i]).sort((a, b) => a - b);
  return times[w - 1];
}

/**
 * What a read of the given replicas at time `at` returns: 1 if any has applied the write, else 0.
 *
 * @example
 * readVersion(Float64Array.of(5, 1, 3), [0, 2], 4); // 1 — replica 2 applied it at 3
 * readVersion(Float64Array.of(5, 1, 3), [0, 2], 2); // 0 — stale
 */
export function readVersion(applyAt: Float64Array, replicas: readonly number[], at: number): number {
  for (const i of replicas) if (applyAt[i] <= at) return 1;
  return 0;
}

/** r replicas drawn without replacement from `from` (a partial Fisher–Yates shuffle of a copy). */
function choose(random: Random, from: readonly number[], r: number): number[] {
  const pool = [...from];
  for (let i = 0; i < r; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, r);
}

/** Which replicas the writer and the reader can reach. */
function reachability(n: number, failure: QuorumFailure): { writer: number[]; reader: number[] } {
  const all = Array.from({ length: n }, (_, i) => i);
  if (failure === 'replica') {
    const alive = all.slice(0, n - 1);
    return { writer: alive, reader: alive };
  }
  if (failure === 'partition' && n > 1) {
    const majority = Math.floor(n / 2) + 1;
    return { writer: all.slice(0, majority), reader: all.slice(majority) };
  }
  return { writer: all, reader: all };
}

/**
 * Runs `runs` independent write-then-read rounds on one key.
 *
 * @example
 * simulateQuorum({ n: 3, w: 2, r: 2, lagMs: 50, readAfterMs: 0, failure: 'none', runs: 10_000, seed: 1 })
 *   .staleReads; // 0 — W + R > N
 */
export function simulateQuorum(scenario: QuorumScenario): QuorumResult {
  const { n, w, r, lagMs, readAfterMs, runs } = scenario;
  const random = mulberry32(deriveSeed(scenario.seed, 4));
  const { writer, reader } = reachability(n, scenario.failure);
  const applyAt = new Float64Array(n);
  const result: QuorumResult = {
    runs,
    acknowledged: 0,
    reads: 0,
    staleReads: 0,
    writesUnavailable: 0,
    readsUnavailable: 0,
    meanAckMs: 0,
    example: null,
  };
  let ackSum = 0;
  for (let run = 0; run < runs; run++) {
    applyAt.fill(Infinity); // unreachable replicas never get the write
    for (const i of writer) applyAt[i] = exponential(random, lagMs);
    const ack = ackTime(applyAt, writer, w);
    if (ack === Infinity) {
      result.writesUnavailable++;
      continue;
    }
    result.acknowledged++;
    ackSum += ack;
    if (reader.length < r) {
      result.readsUnavailable++;
      continue;
    }
    result.reads++;
    const asked = choose(random, reader, r);
    const stale = readVersion(applyAt, asked, ack + readAfterMs) === 0;
    if (stale) result.staleReads++;
    if (result.example === null || (stale && !result.example.stale)) {
      const at = ack + readAfterMs;
      result.example = {
        applied: Array.from(applyAt, (time) => time <= at),
        asked: Array.from(applyAt, (_, i) => asked.includes(i)),
        reachable: Array.from(applyAt, (_, i) => reader.includes(i)),
        stale,
      };
    }
  }
  result.meanAckMs = result.acknowledged === 0 ? 0 : ackSum / result.acknowledged;
  return result;
}
