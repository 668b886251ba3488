// Single-leader replication (Kleppmann, DDIA ch. 5 "Problems with replication lag"): reading from
// asynchronous followers shortly after a write gives stale reads and read-your-writes violations;
// reading one's own writes from the leader removes the latter, pinning a user to one follower
// removes monotonic-read violations, and synchronous replication removes all of them at the price
// of a slower acknowledgement.
import { describe, expect, it } from 'vitest';
import { simulateReplication, type ReplicationScenario } from '../../../src/sim/partitioning/index.ts';

const base: ReplicationScenario = {
  followers: 3,
  mode: 'async',
  lagMs: 500,
  readAfterMs: 100,
  readPolicy: 'follower',
  sessions: 2000,
  seed: 3,
};

describe('leader–follower replication', () => {
  it('async followers with lag: stale reads, read-your-writes and monotonic-read violations', () => {
    const result = simulateReplication(base);
    expect(result.staleReads).toBeGreaterThan(0);
    expect(result.readYourWritesViolations).toBeGreaterThan(0);
    expect(result.monotonicViolations).toBeGreaterThan(0);
  });

  it('reading own writes from the leader: no read-your-writes violation, others may still read stale', () => {
    const result = simulateReplication({ ...base, readPolicy: 'leaderAfterWrite' });
    expect(result.readYourWritesViolations).toBe(0);
    expect(result.monotonicViolations).toBe(0);
    expect(result.staleReads).toBeGreaterThan(0);
    expect(result.leaderReadShare).toBeCloseTo(2 / 3, 10);
  });

  it('pinning a user to one follower: monotonic reads hold, read-your-writes still fails', () => {
    const result = simulateReplication({ ...base, readPolicy: 'pinned' });
    expect(result.monotonicViolations).toBe(0);
    expect(result.readYourWritesViolations).toBeGreaterThan(0);
  });

  it('synchronous replication: nothing stale, but the acknowledgement waits for the slowest follower', () => {
    const sync = simulateReplication({ ...base, mode: 'sync' });
    expect(sync.staleReads).toBe(0);
    expect(sync.meanAckMs).toBeGreaterThan(base.lagMs);
    expect(simulateReplication(base).meanAckMs).toBe(0);
  });

  it('the lag quantiles match the exponential distribution (p50 = ln 2 · mean)', () => {
    const [p50, p95] = simulateReplication({ ...base, sessions: 20_000 }).lagQuantiles;
    expect(p50 / base.lagMs).toBeCloseTo(Math.LN2, 1);
    expect(p95 / base.lagMs).toBeCloseTo(Math.log(20), 1);
  });

  it('is deterministic per seed', () => {
    expect(simulateReplication(base)).toEqual(simulateReplication(base));
  });
});
