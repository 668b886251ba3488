// Builds the server view an algorithm reads, for testing algorithms without the engine.
import type { ServerState } from '../../../src/sim/loadbalancing/types.ts';
import { validateScenario } from '../../../src/sim/loadbalancing/validate.ts';
import type { Scenario } from '../../../src/sim/loadbalancing/types.ts';

export interface MutableServers extends ServerState {
  upCount: number;
}

export function servers(
  weights: number[],
  options: { up?: number[]; active?: number[] } = {},
): MutableServers {
  const n = weights.length;
  const up = Uint8Array.from(options.up ?? weights.map(() => 1));
  const upIndex = new Int32Array(n);
  let upCount = 0;
  for (let i = 0; i < n; i++) if (up[i] === 1) upIndex[upCount++] = i;
  return {
    count: n,
    weight: Int32Array.from(weights),
    up,
    active: Int32Array.from(options.active ?? weights.map(() => 0)),
    upIndex,
    upCount,
  };
}

/** A validated scenario from a partial one; throws with the German messages if invalid. */
export function scenario(input: Record<string, unknown>): Scenario {
  const checked = validateScenario(input);
  if (!checked.ok) throw new Error(checked.errors.map((error) => error.message).join('\n'));
  return checked.value;
}
