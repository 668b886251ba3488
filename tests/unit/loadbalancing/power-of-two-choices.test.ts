// Power of Two Choices as the chapter teaches it. Versuch 5 of the load-balancing lab says that
// comparing two random servers beats pure chance by far and comes within a few percent of Least
// Connections („Vergleichen mit“ Least Connections), with short queues; this runs the experiment's
// own URL scenario, with its seed and four others, so the claim is no accident of one seed.
// Frage 44 says why independent load balancers do not all pile onto a fresh server: it wins every
// comparison it is drawn into, but it is drawn for only about 2 of n requests.
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/lib/labs.ts';
import { readLbState, toScenario } from '../../../src/components/loadbalancing/labState.ts';
import { METRIC_ROWS } from '../../../src/components/loadbalancing/figures.ts';
import { Simulation, type AlgorithmId } from '../../../src/sim/loadbalancing/index.ts';
import { createLeastConnections } from '../../../src/sim/loadbalancing/algorithms/leastConnections.ts';
import { createPowerOfTwoChoices } from '../../../src/sim/loadbalancing/algorithms/powerOfTwoChoices.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';
import { servers } from './helpers.ts';

const experiment = LABS.find((lab) => lab.id === 'load-balancing')!.experiments.find((e) =>
  e.setup.includes('powerOfTwoChoices'),
)!;
const p95Row = METRIC_ROWS.find((row) => row.metric === 'p95')!;

/** The experiment's run of one algorithm, at `seed` (undefined: the seed of its URL). */
function run(algorithm: AlgorithmId, seed?: number) {
  const { state, errors } = readLbState(
    seed === undefined ? experiment.setup : `${experiment.setup}&lb-seed=${seed}`,
  );
  expect(errors).toEqual([]);
  const sim = new Simulation(toScenario(state, algorithm).scenario!);
  sim.run();
  return sim.result();
}

describe('load-balancing Versuch 5: Power of Two Choices against chance and Least Connections', () => {
  it('compares Random with Power of Two Choices on four equal servers', () => {
    const { state } = readLbState(experiment.setup);
    expect([state.algo, state.cmp]).toEqual(['random', 'powerOfTwoChoices']);
    expect(experiment.explanation).toContain('Least Connections');
  });

  for (const seed of [undefined, 1, 2, 3, 4, 5]) {
    it(`seed ${seed ?? 'of the URL'}: p95 far below Random, a few percent above Least Connections, shorter queues`, () => {
      const random = run('random', seed);
      const p2c = run('powerOfTwoChoices', seed);
      const lc = run('leastConnections', seed);
      const p95 = (result: typeof p2c) => p95Row.value(result);
      expect(p95(p2c)).toBeLessThan(0.75 * p95(random));
      // „Dessen p95 liegt nur wenige Prozent darunter.“
      expect(p95(lc)).toBeLessThan(p95(p2c));
      expect(p95(p2c)).toBeLessThan(1.1 * p95(lc));
      // „Die Warteschlangen bleiben kurz“: the longest queue any server had, against chance.
      const longest = (result: typeof p2c) => Math.max(...result.servers.map((server) => server.maxQueue));
      expect(longest(p2c)).toBeLessThan(0.5 * longest(random));
    });
  }
});

describe('Frage 44: a fresh server among busy ones', () => {
  const n = 10;
  // Server 0 has just come back: no connections; the others are busy.
  const view = () => servers(Array(n).fill(1), { active: [0, ...Array(n - 1).fill(20)] });

  it('Least Connections sends it every request (every balancer at once)', () => {
    const balancer = createLeastConnections(view());
    for (let k = 0; k < 1000; k++) expect(balancer.pick(0, 0, 0)).toBe(0);
  });

  it('Power of Two Choices sends it only the requests where it is drawn: about 2 of n', () => {
    const balancer = createPowerOfTwoChoices(view(), mulberry32(3));
    const picks = 20_000;
    let fresh = 0;
    for (let k = 0; k < picks; k++) if (balancer.pick(0, 0, 0) === 0) fresh++;
    expect(fresh / picks).toBeGreaterThan(0.9 * (2 / n));
    expect(fresh / picks).toBeLessThan(1.1 * (2 / n));
  });
});
