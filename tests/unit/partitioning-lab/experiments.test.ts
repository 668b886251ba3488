// The partitioning lab's guided experiments (src/lib/labs.ts, printed in the handout) ask questions
// whose answers the lab shows. Each test loads the experiment's own one-click query into the lab's
// state reader, runs the engine as the lab does, and checks the answer the experiment teaches.
import { describe, expect, it } from 'vitest';
import {
  simulatePartitioning,
  simulateQuorum,
  simulateReplication,
} from '../../../src/sim/partitioning/index.ts';
import {
  readPartitionState,
  toPartitionScenario,
  toQuorumScenario,
  toReplicationScenario,
  type PartitionLabState,
} from '../../../src/components/partitioning/labState.ts';
import { LABS } from '../../../src/lib/labs.ts';

const lab = LABS.find((entry) => entry.id === 'partitioning')!;

/** The lab's state for experiment n (1-based), read from its link like a shared address. */
function experiment(n: number): PartitionLabState {
  const { state, errors } = readPartitionState(lab.experiments[n - 1]!.setup);
  expect(errors).toEqual([]);
  return state;
}

const place = (state: PartitionLabState, patch: Partial<PartitionLabState> = {}) => {
  const { scenario, errors } = toPartitionScenario({ ...state, ...patch });
  expect(errors).toEqual([]);
  return simulatePartitioning(scenario!);
};

describe('the partitioning lab’s guided experiments', () => {
  it('has one link per question', () => {
    for (const entry of lab.experiments) expect(entry.setup).toMatch(/^\?p\./);
  });

  it('1: when the fourth node joins, mod N moves about three quarters of the keys, the ring about a quarter, all to K4', () => {
    const state = experiment(1);
    const modN = place(state);
    const ring = place(state, { scheme: 'ring' });
    expect(modN.movedFraction).toBeGreaterThan(0.7);
    expect(ring.movedFraction).toBeGreaterThan(0.18);
    expect(ring.movedFraction).toBeLessThan(0.32);
    expect(ring.flows.every((flow) => flow.to === 3)).toBe(true);
    expect(modN.flows.some((flow) => flow.to !== 3)).toBe(true);
  });

  it('2: one virtual node per node leaves the load uneven; 100 even it out', () => {
    const state = experiment(2);
    const one = place(state).before.loadSpread.maxOverMean;
    const hundred = place(state, { vnodes: 100 }).before.loadSpread.maxOverMean;
    // One point per node: arcs are exponential-like, the busiest node gets about twice its share.
    expect(one).toBeGreaterThan(1.5);
    // 100 points: a node's share varies by about 1/√100 = 10 %, so the excess shrinks several-fold.
    expect(hundred).toBeLessThan(1.25);
    expect(hundred - 1).toBeLessThan((one - 1) / 3);
  });

  it('3: the celebrity key’s node carries more than its 30 %, and a fifth node does not change that', () => {
    const result = place(experiment(3));
    const hot = (view: typeof result.before) => view.nodes.find((node) => node.node === view.hotNode)!.load;
    expect(hot(result.before)).toBeGreaterThan(0.3);
    expect(hot(result.after)).toBeGreaterThan(0.3);
    // Five nodes share 100 %: the mean is 20 %, so the hot node stays far above it.
    expect(result.after.loadSpread.maxOverMean).toBeGreaterThan(1.5);
  });

  it('4: behind a lagging follower most users miss their own order; reading own writes from the leader fixes it', () => {
    const state = experiment(4);
    const run = (patch: Partial<PartitionLabState> = {}) =>
      simulateReplication(toReplicationScenario({ ...state, ...patch }).scenario!);
    expect(run().readYourWritesViolations / state.sessions).toBeGreaterThan(0.5);
    expect(run({ read: 'leaderAfterWrite' }).readYourWritesViolations).toBe(0);
  });

  it('5: with N = 3, W = 1, R = 1 reads stale in a good share of runs; W = 2, R = 2 never', () => {
    const state = experiment(5);
    const stale = (patch: Partial<PartitionLabState> = {}) => {
      const result = simulateQuorum(toQuorumScenario({ ...state, ...patch }).scenario!);
      return result.staleReads / result.reads;
    };
    expect(stale()).toBeGreaterThan(0.3);
    expect(stale({ qw: 2, qr: 2 })).toBe(0);
  });
});
