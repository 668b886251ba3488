// Load-balancing experiment 1 ("Heterogene Server") explains why the better algorithm scores lower
// on "Fairness": Jain's index measures how evenly the servers are utilised, not how well requests are
// served. This runs that experiment's own scenario and checks the per-server utilisation behind it.
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/lib/labs.ts';
import { readLbState, toScenario } from '../../../src/components/loadbalancing/labState.ts';
import { Simulation } from '../../../src/sim/loadbalancing/index.ts';

const lab = LABS.find((entry) => entry.id === 'load-balancing')!;
const { setup } = lab.experiments[0];

/** The experiment's run of one algorithm. */
function run(algorithm: 'roundRobin' | 'weightedLeastConnections') {
  const { state, errors } = readLbState(setup);
  expect(errors).toEqual([]);
  expect([state.algo, state.cmp]).toContain(algorithm);
  const sim = new Simulation(toScenario(state, algorithm).scenario!);
  sim.run();
  return sim.result();
}

describe('experiment 1 of the load-balancing lab: Jain’s index measures evenness, not quality', () => {
  const rr = run('roundRobin');
  const wlc = run('weightedLeastConnections');
  // The preset's first server is the fast one (weight and speed above the others).
  const [rrFast, ...rrSlow] = rr.servers.map((server) => server.utilization);
  const [wlcFast, ...wlcSlow] = wlc.servers.map((server) => server.utilization);

  it('round robin keeps the slow servers busier than the fast one', () => {
    for (const slow of rrSlow) expect(slow).toBeGreaterThan(rrFast);
  });

  it('weighted least connections keeps the fast server busier than the slow ones', () => {
    for (const slow of wlcSlow) expect(wlcFast).toBeGreaterThan(slow);
  });

  it('so WLC has the lower index of utilisation although its p95 latency is lower', () => {
    expect(wlc.fairness.utilization).toBeLessThan(rr.fairness.utilization);
    expect(wlc.latency.p95).toBeLessThan(rr.latency.p95);
  });
});
