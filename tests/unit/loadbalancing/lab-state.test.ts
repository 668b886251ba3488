import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  PRESETS,
  PREFIX,
  presetState,
  readLbState,
  SPECS,
  toScenario,
} from '../../../src/components/loadbalancing/labState.ts';
import { metricText, type Metric } from '../../../src/components/loadbalancing/figures.ts';
import { readChange } from '../../../src/components/lab/urlState.ts';
import { simulate, Simulation } from '../../../src/sim/loadbalancing/simulation.ts';

describe('the lab state', () => {
  it('turns the defaults into a valid scenario', () => {
    expect(toScenario(DEFAULTS, 'roundRobin').errors).toEqual([]);
  });

  it.each(PRESETS.map((p) => p.id))('turns preset %s into valid scenarios for both algorithms', (id) => {
    const state = presetState(id);
    expect(toScenario(state, state.algo).errors).toEqual([]);
    if (state.cmp !== 'none') expect(toScenario(state, state.cmp).errors).toEqual([]);
  });

  it('rejects a failing server that does not exist, in German', () => {
    const { state, errors } = readLbState('?lb-n=3&lb-down=5');
    expect(state.down).toBe(0);
    expect(errors).toEqual([
      'Feld „Server fällt aus“, URL-Parameter „lb-down“: Server 5 gibt es nicht (es sind 3 Server). Kein Server fällt aus.',
    ]);
  });

  it('pads short weight lists with 1', () => {
    const { scenario } = toScenario({ ...DEFAULTS, n: 3, w: [5] }, 'weightedRoundRobin');
    expect(scenario?.servers.map((s) => s.weight)).toEqual([5, 1, 1]);
  });

  it('shows the presets’ point: each compared algorithm wins where theory says', () => {
    // Heterogeneous servers, long-lived connections and the NAT client: the second (load-aware)
    // algorithm has the lower p95 latency.
    for (const id of ['heterogen', 'langlebig', 'nat']) {
      const state = presetState(id);
      if (state.cmp === 'none') throw new Error('preset without comparison');
      const first = simulate(toScenario(state, state.algo).scenario!);
      const second = simulate(toScenario(state, state.cmp).scenario!);
      expect(second.latency.p95, id).toBeLessThan(first.latency.p95);
    }
  });
});

describe('a change in the form, read like the address', () => {
  it('turns a failed server that no longer exists into "none" with the same German note, never a dead end', () => {
    const failing = readChange(readLbState, PREFIX, SPECS, DEFAULTS, DEFAULTS, { down: 4 });
    expect(failing).toEqual({ state: { ...DEFAULTS, down: 4 }, errors: [] });
    const { state, errors } = readChange(readLbState, PREFIX, SPECS, DEFAULTS, failing.state, { n: 2 });
    expect(state).toEqual({ ...DEFAULTS, n: 2, down: 0 });
    expect(errors).toEqual([
      'Feld „Server fällt aus“, URL-Parameter „lb-down“: Server 4 gibt es nicht (es sind 2 Server). Kein Server fällt aus.',
    ]);
    expect(toScenario(state, state.algo).errors).toEqual([]);
  });
});

describe('figures without data', () => {
  it('shows "–" for latency and fairness when nothing was served (one server, failed at 0 s)', () => {
    const { scenario } = toScenario({ ...DEFAULTS, n: 1, down: 1, downat: 0, count: 100 }, 'roundRobin');
    const sim = new Simulation(scenario!);
    sim.run();
    const result = sim.result();
    expect(result.latency.count).toBe(0);
    expect(['p50', 'p95', 'p99', 'max', 'jain'].map((m) => metricText(result, m as Metric))).toEqual([
      '–',
      '–',
      '–',
      '–',
      '–',
    ]);
    expect(metricText(result, 'drops')).toBe('100');
  });

  it('rounds fairness to three decimals, as the table shows it', () => {
    const { scenario } = toScenario(presetState('heterogen'), 'roundRobin');
    const sim = new Simulation(scenario!);
    sim.run();
    const result = sim.result();
    expect(metricText(result, 'jain')).toBe(
      new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 }).format(result.fairness.utilization),
    );
  });
});
