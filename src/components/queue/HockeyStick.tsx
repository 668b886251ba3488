/**
 * Waiting time against utilisation, the hockey stick: the same bakers, ever more orders per minute.
 * Measured by the engine (long runs, a queue that never fills; hockeyCurve.ts) beside Erlang C for
 * exponential baking times. Computed in the labs' worker only when the reader opens it, so
 * hydration stays quick and the page answers while the seven runs compute.
 */
import { useState } from 'preact/hooks';
import { LineChart } from '../lab/charts.tsx';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { minutes } from './format.ts';
import { hockeyCurve, hockeyScenarios, LOADS } from './hockeyCurve.ts';
import type { QueueLabState } from './labState.ts';

export { hockeyStick, LOADS } from './hockeyCurve.ts';

export function HockeyStick({ state }: { state: QueueLabState }) {
  const [open, setOpen] = useState(false);
  const key = `${state.bakers}|${state.mean}|${state.svc}|${state.seed}`;
  const job = useJob(open ? key : '', () =>
    open ? { kind: 'queue-waits', scenarios: hockeyScenarios(state) } : null,
  );
  const shown = open && job.result ? hockeyCurve(state, job.result) : null;
  const series = shown
    ? [
        { label: 'gemessen', values: shown.measured },
        ...(shown.exponential ? [{ label: 'Erlang C (Theorie)', values: shown.theory }] : []),
      ]
    : [];
  return (
    <details
      class="q-more"
      onToggle={(e) => {
        setOpen((e.currentTarget as HTMLDetailsElement).open);
      }}
    >
      <summary>Wartezeit je Auslastung (die „Hockeyschläger“-Kurve)</summary>
      {open && job.progress && (
        <JobProgressNote id="q-hockey-progress" label="Kurve wird berechnet" progress={job.progress} />
      )}
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
