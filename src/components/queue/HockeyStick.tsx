/**
 * Waiting time against utilisation, the hockey stick: the same bakers, ever more orders per minute.
 * Measured by the engine (long runs, a queue that never fills) beside Erlang C for exponential
 * baking times. Computed only when the reader opens it, so hydration stays quick.
 */
import { useState } from 'preact/hooks';
import { mmcWait, simulateQueue } from '../../sim/queue/index.ts';
import { LineChart } from '../lab/charts.tsx';
import { minutes } from './format.ts';
import { RANGES, toScenario, type QueueLabState } from './labState.ts';

export const LOADS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] as const;

/**
 * Mean waiting time at each utilisation in LOADS, measured and (exponential service) by Erlang C.
 * @example
 * hockeyStick(DEFAULTS).measured[2]; // about 1.15 (3 bakers at 70 %)
 */
export function hockeyStick(state: QueueLabState, orders = 20_000) {
  const bakers = Math.max(1, state.bakers);
  const measured = LOADS.map((rho) => {
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
    return scenario ? simulateQueue(scenario).wait.mean : NaN;
  });
  const theory = LOADS.map((rho) => mmcWait(bakers, (rho * bakers) / state.mean, state.mean));
  return { measured, theory, exponential: state.svc === 'exponential' };
}

export function HockeyStick({ state }: { state: QueueLabState }) {
  const [curve, setCurve] = useState<ReturnType<typeof hockeyStick> | null>(null);
  const key = `${state.bakers}|${state.mean}|${state.svc}|${state.seed}`;
  const [forKey, setForKey] = useState('');
  const open = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && forKey !== key) {
      setCurve(hockeyStick(state));
      setForKey(key);
    }
  };
  const shown = forKey === key ? curve : null;
  const series = shown
    ? [
        { label: 'gemessen', values: shown.measured },
        ...(shown.exponential ? [{ label: 'Erlang C (Theorie)', values: shown.theory }] : []),
      ]
    : [];
  return (
    <details class="q-more" onToggle={open}>
      <summary>Wartezeit je Auslastung (die „Hockeyschläger“-Kurve)</summary>
      {shown && (
        <LineChart
          id="q-hockey"
          width={320}
          title="Mittlere Wartezeit je Auslastung der Bäcker"
          desc={`Bei ${Math.max(1, state.bakers)} Bäckern steigt die Wartezeit von ${minutes(shown.measured[0])} bei 50 % über ${minutes(shown.measured[2])} bei 70 % auf ${minutes(shown.measured[6])} bei 95 % Auslastung.`}
          xs={LOADS.map((rho) => rho * 100)}
          xLabel="Auslastung in %"
          unit="min"
          series={series}
        />
      )}
    </details>
  );
}
