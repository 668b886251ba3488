// Strict quorums: if W + R > N, every read set shares a replica with every write set, so a read
// started after the acknowledgement never returns the older value; with W + R ≤ N and replication
// delay it sometimes does (DeCandia et al. 2007; Kleppmann, DDIA ch. 5 "Quorums for reading and writing").
import { describe, expect, it } from 'vitest';
import { simulateQuorum, type QuorumScenario } from '../../../src/sim/partitioning/index.ts';

const RUNS = 10_000;
const base: QuorumScenario = {
  n: 3,
  w: 2,
  r: 2,
  lagMs: 50,
  readAfterMs: 0,
  failure: 'none',
  runs: RUNS,
  seed: 7,
};

function settings(maxN: number, overlapping: boolean): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let n = 1; n <= maxN; n++)
    for (let w = 1; w <= n; w++)
      for (let r = 1; r <= n; r++) if (w + r > n === overlapping) out.push([n, w, r]);
  return out;
}

describe('quorum reads', () => {
  it.each(settings(5, true))('N=%i, W=%i, R=%i: no stale read in 10⁴ runs', (n, w, r) => {
    const result = simulateQuorum({ ...base, n, w, r });
    expect(result.reads).toBe(RUNS);
    expect(result.staleReads).toBe(0);
  });

  it.each(settings(5, false))('N=%i, W=%i, R=%i: stale reads appear when replicas lag', (n, w, r) => {
    expect(simulateQuorum({ ...base, n, w, r }).staleReads).toBeGreaterThan(0);
  });

  it('N=3, W=1, R=1 reads stale about as often as the one asked replica has not applied the write', () => {
    // At the ack one replica (the fastest) has it; each of the other two has it with probability
    // P(Exp > ack) … simulated: clearly between 1/3 and 2/3 when the read follows at once.
    const rate = simulateQuorum({ ...base, w: 1, r: 1 }).staleReads / RUNS;
    expect(rate).toBeGreaterThan(1 / 3);
    expect(rate).toBeLessThan(2 / 3 + 0.02);
  });

  it('a failed replica: W + R > N still reads fresh; W = N cannot write', () => {
    expect(simulateQuorum({ ...base, failure: 'replica' }).staleReads).toBe(0);
    const all = simulateQuorum({ ...base, w: 3, r: 1, failure: 'replica' });
    expect(all.writesUnavailable).toBe(RUNS);
  });

  it('a partition: with W + R > N one side cannot proceed; with W + R ≤ N the reader sees old data', () => {
    const strict = simulateQuorum({ ...base, failure: 'partition' });
    expect(strict.readsUnavailable + strict.writesUnavailable).toBe(RUNS);
    expect(strict.staleReads).toBe(0);
    const loose = simulateQuorum({ ...base, w: 1, r: 1, failure: 'partition' });
    expect(loose.staleReads).toBe(RUNS);
  });

  it('is deterministic: the same seed gives the same run, another seed another', () => {
    const scenario = { ...base, w: 1, r: 1 };
    expect(simulateQuorum(scenario)).toEqual(simulateQuorum(scenario));
    expect(simulateQuorum({ ...scenario, seed: 8 }).staleReads).not.toBe(simulateQuorum(scenario).staleReads);
  });
});
