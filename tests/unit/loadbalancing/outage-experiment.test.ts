// Versuch 4 of the load-balancing lab („Server fällt aus“) tells the student that the three
// surviving servers work at their limit while server 2 is down, so the p95 latency in the marked
// outage window rises (about threefold under Round Robin, about twofold under Least Connections)
// and falls back once server 2 returns. This test runs the engine on the experiment's own URL
// scenario and measures the p95 of the requests that arrived in each window, as the chart does.
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/lib/labs.ts';
import { readLbState, toScenario } from '../../../src/components/loadbalancing/labState.ts';
import { latencySummary, Simulation, type AlgorithmId } from '../../../src/sim/loadbalancing/index.ts';

const experiment = LABS.find((lab) => lab.id === 'load-balancing')!.experiments.find((e) =>
  e.setup.includes('ausfall'),
)!;
const { state, errors } = readLbState(experiment.setup);

/** p95 latency of the short requests that arrived between `fromS` and `toS` seconds. */
function windowP95(algorithm: AlgorithmId, fromS: number, toS: number): number {
  const sim = new Simulation(toScenario(state, algorithm).scenario!);
  sim.run();
  const { requests } = sim.result();
  let from = 0;
  while (from < requests.count && requests.arrivalMs[from] < fromS * 1000) from++;
  let to = from;
  while (to < requests.count && requests.arrivalMs[to] < toS * 1000) to++;
  const summary = latencySummary(requests, from, to);
  expect(summary.count).toBeGreaterThan(1000);
  return summary.p95;
}

describe('load-balancing Versuch 4: a server fails for ten seconds', () => {
  it('loads its scenario: server 2 down from 10 s to 20 s, both algorithms, a 30 s run', () => {
    expect(errors).toEqual([]);
    expect([state.down, state.downat, state.upat]).toEqual([2, 10, 20]);
    expect([state.algo, state.cmp]).toEqual(['roundRobin', 'leastConnections']);
    expect(state.count / state.rate).toBe(30);
  });

  it('offers as many requests as the three survivors can serve (the number the text names)', () => {
    const perServer = (state.conc * 1000) / state.ms;
    expect(3 * perServer).toBe(state.rate);
    expect(experiment.explanation).toContain(`${state.rate} Anfragen pro Sekunde`);
    expect(experiment.explanation).toContain(`${4 * perServer}`);
  });

  const cases: [AlgorithmId, number, number][] = [
    // "etwa das Dreifache" and "etwa das Doppelte"
    ['roundRobin', 2.5, 3.5],
    ['leastConnections', 1.6, 2.4],
  ];
  for (const [algorithm, low, high] of cases) {
    it(`${algorithm}: p95 rises in the outage window and recovers after 20 s`, () => {
      const before = windowP95(algorithm, 0, 10);
      const during = windowP95(algorithm, 10, 20);
      const after = windowP95(algorithm, 20, 30);
      expect(during / before).toBeGreaterThan(low);
      expect(during / before).toBeLessThan(high);
      expect(after).toBeLessThan(0.6 * during);
      // "in ein bis zwei Sekunden": from 22 s on, the level before the outage again.
      expect(windowP95(algorithm, 22, 30)).toBeLessThan(1.3 * before);
    });
  }
});
