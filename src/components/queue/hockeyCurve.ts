/**
 * The numbers behind the hockey stick (HockeyStick.tsx, QueueLab.astro): mean waiting time at each
 * utilisation in LOADS, measured by the engine on long runs of a queue that never fills, beside
 * Erlang C. The runs themselves are separate (hockeyScenarios), so the lab can hand them to its
 * worker and the static figure can run them at build time.
 */
import { mmcWait, simulateQueue, type QueueScenario } from '../../sim/queue/index.ts';
import { RANGES, toScenario, type QueueLabState } from './labState.ts';

export const LOADS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] as const;

export interface HockeyCurve {
  measured: number[];
  theory: number[];
  exponential: boolean;
}

/**
 * One long run per utilisation in LOADS (null where the settings cannot run).
 *
 * @example
 * hockeyScenarios(DEFAULTS).length; // 7
 */
export function hockeyScenarios(state: QueueLabState, orders = 20_000): (QueueScenario | null)[] {
  const bakers = Math.max(1, state.bakers);
  return LOADS.map((rho) => {
    const rate = (rho * bakers) / state.mean;
    const { scenario } = toScenario({
      ...state,
      bakers,
      rate,
      orders,
      arr: 'poisson',
      mode: 'pointToPoint',
      cap: 100_000,
      // Nothing but baking: no crashes, poison, phone time, staff change, outage, no redelivery by an
      // early visibility timeout (M/M/c's assumptions, so the curve measures what Erlang C predicts).
      crash: 0,
      poison: 0,
      call: 0,
      chgAt: 0,
      outFrom: 0,
      outTo: 0,
      vt: RANGES.vt.max,
      retry: 'none',
      cb: 0,
    });
    return scenario ?? null;
  });
}

/**
 * The curve from the measured mean waits of hockeyScenarios' runs, with Erlang C beside it.
 *
 * @example
 * hockeyCurve(DEFAULTS, waits).theory[2]; // Erlang C's mean wait at 70 %
 */
export function hockeyCurve(state: QueueLabState, measured: number[]): HockeyCurve {
  const bakers = Math.max(1, state.bakers);
  const theory = LOADS.map((rho) => mmcWait(bakers, (rho * bakers) / state.mean, state.mean));
  return { measured, theory, exponential: state.svc === 'exponential' };
}

/**
 * Mean waiting time at each utilisation in LOADS, measured and (exponential service) by Erlang C.
 * @example
 * hockeyStick(DEFAULTS).measured[2]; // about 1.15 (3 bakers at 70 %)
 */
export function hockeyStick(state: QueueLabState, orders = 20_000): HockeyCurve {
  const waits = hockeyScenarios(state, orders).map((scenario) =>
    scenario ? simulateQueue(scenario).wait.mean : NaN,
  );
  return hockeyCurve(state, waits);
}
