import { describe, expect, it } from 'vitest';
import { stepTrace } from '../../../src/sim/caching/index.ts';
import {
  DEFAULTS,
  policiesOf,
  toHierarchyScenario,
  toRunScenario,
  traceProblem,
  workloadOf,
} from '../../../src/components/caching/labState.ts';
import { missesUpTo } from '../../../src/components/caching/StepTable.tsx';

describe('from lab state to engine scenarios', () => {
  it('puts the selected policy first and drops repeats', () => {
    expect(policiesOf({ policy: 'lru', cmp: ['fifo', 'lru', 'opt'] })).toEqual(['lru', 'fifo', 'opt']);
  });

  it('builds a valid run scenario for every workload', () => {
    for (const wl of ['zipf', 'uniform', 'loop', 'shifting'] as const) {
      const { scenario, errors } = toRunScenario({ ...DEFAULTS, wl, cmp: ['opt'] });
      expect(errors).toEqual([]);
      expect(scenario?.workload.kind).toBe(wl);
      expect(scenario?.policies).toEqual(['fifo', 'opt']);
    }
  });

  it('shifts the hot set four times per run by a fifth of the keys', () => {
    expect(workloadOf({ ...DEFAULTS, wl: 'shifting', len: 1000, keys: 50 })).toMatchObject({
      shiftEvery: 200,
      shiftBy: 10,
    });
  });

  it('runs the hierarchy with LRU when OPT is selected (OPT cannot run online)', () => {
    expect(toHierarchyScenario({ ...DEFAULTS, policy: 'opt' }).scenario?.policy).toBe('lru');
  });

  it('lets the selected node fail halfway through the run', () => {
    const { scenario } = toHierarchyScenario({ ...DEFAULTS, fail: 2, len: 10_000 });
    expect(scenario?.failure).toEqual({ node: 1, at: 5000 });
  });

  it('passes on the engine’s German message for an impossible hierarchy', () => {
    const { scenario, errors } = toHierarchyScenario({ ...DEFAULTS, nodes: 1, fail: 1 });
    expect(scenario).toBeUndefined();
    expect(errors[0]).toContain('mindestens 2 Cache-Knoten');
  });

  it('explains a bad typed trace with the engine’s message', () => {
    expect(traceProblem('')).toContain('Die Zugriffsfolge ist leer');
    expect(traceProblem('1, 2, -3')).toBe('Eintrag 3 („-3“) ist keine ganze Zahl ≥ 0.');
    expect(traceProblem('1, 2, 3')).toBeNull();
  });
});

describe('misses counted in the step table', () => {
  // Bélády, Nelson, Shedler (1969), CACM 12(6): FIFO on 1,2,3,4,1,2,5,1,2,3,4,5 has 9 faults with
  // 3 frames and 10 with 4; OPT (Bélády 1966) has 7 with 3 frames.
  const trace = Int32Array.from(DEFAULTS.trace);
  const settings = { seed: 1, ttl: 4 };

  it('counts all misses at the end of the trace', () => {
    expect(missesUpTo(stepTrace('fifo', 3, trace, settings), 12)).toBe(9);
    expect(missesUpTo(stepTrace('fifo', 4, trace, settings), 12)).toBe(10);
    expect(missesUpTo(stepTrace('opt', 3, trace, settings), 12)).toBe(7);
  });

  it('counts only the accesses shown so far', () => {
    const fifo = stepTrace('fifo', 3, trace, settings);
    expect(missesUpTo(fifo, 0)).toBe(0);
    expect(missesUpTo(fifo, 4)).toBe(4); // four cold misses
    expect(missesUpTo(fifo, 99)).toBe(9);
  });
});
