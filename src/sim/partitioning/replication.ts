// Leader–follower replication (single-leader, as in PostgreSQL streaming replication or MySQL): a
// client writes to the leader and then reads twice; a second client reads the same record once.
// Asynchronous followers apply the write after a random lag (exponential, as in Kleppmann, DDIA ch. 5),
// synchronous ones before the leader acknowledges. The run counts stale reads, read-your-writes and
// monotonic-reads violations, with and without the two classic fixes. Cost: O(sessions · followers).

import { deriveSeed, exponential, mulberry32 } from '../shared/random.ts';
import { quantilesInPlace } from '../shared/stats.ts';

export const REPLICATION_MODES = ['async', 'sync'] as const;
export type ReplicationMode = (typeof REPLICATION_MODES)[number];
/** Where reads go: always the leader, any follower, or the fixes: own reads from the leader, or one pinned follower. */
export const READ_POLICIES = ['leader', 'follower', 'leaderAfterWrite', 'pinned'] as const;
export type ReadPolicy = (typeof READ_POLICIES)[number];

export interface ReplicationScenario {
  followers: number;
  mode: ReplicationMode;
  /** Mean replication lag of an asynchronous follower, ms. */
  lagMs: number;
  /** Time from the acknowledged write to the writer's first read; the second read follows as long after. */
  readAfterMs: number;
  readPolicy: ReadPolicy;
  sessions: number;
  seed: number;
}

export interface ReplicationResult {
  reads: number;
  /** Reads (by anyone) that missed the acknowledged write. */
  staleReads: number;
  /** Sessions in which the writer missed their own write at least once. */
  readYourWritesViolations: number;
  /** Sessions in which the writer saw the write and then did not (time went backwards). */
  monotonicViolations: number;
  /** Share of reads the leader served. */
  leaderReadShare: number;
  /** Mean time from write to acknowledgement, ms (sync waits for the slowest follower). */
  meanAckMs: number;
  /** Lag quantiles p50, p95, p99 over every (write, follower), ms. */
  lagQuantiles: [number, number, number];
  /** Histogram of the lags: `bins` counts of width `binMs` from 0 (the last bin takes the rest). */
  lagHistogram: { binMs: number; counts: number[] };
}

const BINS = 12;

/**
 * Runs the sessions. A replica has the write at time t (after the write was sent) if its lag ≤ t.
 *
 * @example
 * simulateReplication({ followers: 2, mode: 'async', lagMs: 500, readAfterMs: 100,
 *   readPolicy: 'follower', sessions: 1000, seed: 1 }).readYourWritesViolations; // most sessions
 */
export function simulateReplication(scenario: ReplicationScenario): ReplicationResult {
  const { followers, mode, lagMs, readAfterMs, readPolicy, sessions } = scenario;
  const random = mulberry32(deriveSeed(scenario.seed, 3));
  const lags = new Float64Array(followers);
  const allLags = new Float64Array(sessions * followers);
  let stale = 0;
  let ryw = 0;
  let monotonic = 0;
  let leaderReads = 0;
  let ackSum = 0;
  const hasWrite = (follower: number, at: number) => follower < 0 || lags[follower] <= at;
  const pick = () => Math.min(followers - 1, Math.floor(random() * followers));
  for (let s = 0; s < sessions; s++) {
    let slowest = 0;
    for (let f = 0; f < followers; f++) {
      lags[f] = exponential(random, lagMs);
      allLags[s * followers + f] = lags[f];
      if (lags[f] > slowest) slowest = lags[f];
    }
    const ack = mode === 'sync' ? slowest : 0;
    ackSum += ack;
    // Replica −1 is the leader. The writer's two reads, then another client's read at the first time.
    const pinned = pick();
    const own = () => {
      if (readPolicy === 'leader' || readPolicy === 'leaderAfterWrite') return -1;
      return readPolicy === 'pinned' ? pinned : pick();
    };
    const first = own();
    const second = own();
    const other = readPolicy === 'leader' ? -1 : pick();
    const t1 = ack + readAfterMs;
    const t2 = ack + 2 * readAfterMs;
    const saw1 = hasWrite(first, t1);
    const saw2 = hasWrite(second, t2);
    const sawOther = hasWrite(other, t1);
    for (const replica of [first, second, other]) if (replica < 0) leaderReads++;
    stale += Number(!saw1) + Number(!saw2) + Number(!sawOther);
    if (!saw1 || !saw2) ryw++;
    if (saw1 && !saw2) monotonic++;
  }
  const reads = sessions * 3;
  const quantiles = quantilesInPlace(Float64Array.from(allLags), allLags.length, [0.5, 0.95, 0.99]);
  const binMs = Math.max(1, Math.ceil(quantiles[2] / BINS));
  const counts = new Array<number>(BINS).fill(0);
  for (let i = 0; i < allLags.length; i++) counts[Math.min(BINS - 1, Math.floor(allLags[i] / binMs))]++;
  return {
    reads,
    staleReads: stale,
    readYourWritesViolations: ryw,
    monotonicViolations: monotonic,
    leaderReadShare: leaderReads / reads,
    meanAckMs: ackSum / sessions,
    lagQuantiles: [quantiles[0], quantiles[1], quantiles[2]],
    lagHistogram: { binMs, counts },
  };
}
