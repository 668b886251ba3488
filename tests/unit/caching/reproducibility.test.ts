// Reproducibility: every random choice comes from the seed (conventions: no Math.random), so the same
// seed gives the same run and a different seed a different one.
import { describe, expect, it } from 'vitest';
import { simulateHierarchy, type HierarchyScenario } from '../../../src/sim/caching/hierarchy.ts';
import { simulate, type CacheScenario } from '../../../src/sim/caching/simulate.ts';

const scenario: CacheScenario = {
  workload: { kind: 'zipf', keys: 500, alpha: 0.8, length: 20_000 },
  policies: ['lru', 'random', 'opt'],
  capacity: 50,
  seed: 42,
  ttl: 1000,
  windows: 20,
  warmup: 0,
};

const hierarchy: HierarchyScenario = {
  workload: { kind: 'uniform', keys: 2000, length: 10_000 },
  seed: 42,
  policy: 'random',
  ttl: 1000,
  clients: 10,
  browserSize: 5,
  servers: 3,
  localSize: 50,
  nodes: 4,
  nodeSize: 200,
  virtualNodes: 50,
  latency: { browser: 0, local: 0.1, distributed: 1, origin: 20 },
  failure: { node: 1, at: 5000 },
  windows: 10,
};

describe('reproducibility', () => {
  it('the same seed gives identical traces and results', () => {
    expect(simulate(scenario)).toEqual(simulate(scenario));
    expect(simulateHierarchy(hierarchy)).toEqual(simulateHierarchy(hierarchy));
  });

  it('a different seed gives a different trace and different Random evictions', () => {
    const a = simulate(scenario);
    const b = simulate({ ...scenario, seed: 43 });
    expect(a.trace).not.toEqual(b.trace);
    expect(a.runs[1].hits).not.toBe(b.runs[1].hits);
    expect(simulateHierarchy({ ...hierarchy, seed: 43 }).levels).not.toEqual(
      simulateHierarchy(hierarchy).levels,
    );
  });

  it('the trace does not depend on the policies chosen', () => {
    expect(simulate({ ...scenario, policies: ['fifo'] }).trace).toEqual(simulate(scenario).trace);
  });

  it('short traces come with step tables, long ones without', () => {
    const short = simulate({ ...scenario, workload: { kind: 'custom', text: '1, 2, 3, 4, 1, 2, 5' } });
    expect(short.steps?.map((table) => table.steps.length)).toEqual([7, 7, 7]);
    expect(simulate(scenario).steps).toBeNull();
  });
});
