import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  PRESETS,
  presetState,
  readLbState,
  toScenario,
} from '../../../src/components/loadbalancing/labState.ts';
import { simulate } from '../../../src/sim/loadbalancing/simulation.ts';

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
      'URL-Parameter „lb-down“: Server 5 gibt es nicht (es sind 3 Server). Kein Server fällt aus.',
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
