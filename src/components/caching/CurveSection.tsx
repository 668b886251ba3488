/**
 * The miss-ratio curve of the run's trace for the chosen policies, computed only when the reader
 * asks (it runs every policy but LRU once per cache size), with its values as a table too.
 */
import { useState } from 'preact/hooks';
import { curveSizes } from '../../sim/caching/index.ts';
import type { PolicyId } from '../../sim/caching/index.ts';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { LineChart } from '../lab/charts.tsx';
import { count, finite, percent } from './format.ts';
import type { CacheLabState } from './labState.ts';

/** The curve runs on at most this many accesses and this many cache sizes. */
const CURVE_ACCESSES = 100_000;
const CURVE_POINTS = 12;

/** The miss-ratio curve, computed when asked for (it runs every policy once per cache size). */
export function CurveSection({
  trace,
  state,
  policies,
  labels,
  runKey,
}: {
  trace: Int32Array;
  state: CacheLabState;
  policies: PolicyId[];
  labels: string[];
  runKey: string;
}) {
  // Asked for this run: the curve computes in the labs' worker, one policy after another.
  const [asked, setAsked] = useState<string | null>(null);
  const used = Math.min(trace.length, CURVE_ACCESSES);
  const wanted = asked === runKey;
  const job = useJob(wanted ? runKey : '', () =>
    wanted
      ? {
          kind: 'cache-curve',
          trace: trace.subarray(0, used),
          policies,
          sizes: curveSizes(state.keys, CURVE_POINTS),
          settings: { seed: state.seed, ttl: state.ttl },
        }
      : null,
  );
  const current = job.result;
  const busy = job.progress !== null && wanted;
  const compute = () => setAsked(runKey);
  return (
    <section class="lab-panel" aria-labelledby="c-curve-heading">
      <h3 class="lab-heading" id="c-curve-heading">
        Fehlzugriffskurve über der Cache-Größe
      </h3>
      <p class="lab-summary">
        Jede Strategie läuft einmal je Cache-Größe ({CURVE_POINTS} Größen von 1 bis {count(state.keys)}) auf
        den ersten {count(used)} Zugriffen derselben Folge.
      </p>
      <button type="button" class="lab-button" onClick={compute} disabled={busy || current !== null}>
        {current !== null ? 'Kurve ist aktuell' : 'Fehlzugriffskurve berechnen'}
      </button>
      <p class="lab-summary" role="status">
        {busy ? 'Berechne …' : current !== null ? 'Fehlzugriffskurve berechnet.' : (job.error ?? '')}
      </p>
      {busy && job.progress && (
        <JobProgressNote id="c-curve-progress" label="Kurve wird berechnet" progress={job.progress} />
      )}
      {current !== null && (
        <>
          <LineChart
            id="c-curve-chart"
            title="Fehlzugriffsquote je Cache-Größe"
            desc={`Anteil der Fehlzugriffe für ${labels.join(', ')} bei Cache-Größen von ${count(current.sizes[0])} bis ${count(current.sizes[current.sizes.length - 1])} Einträgen.`}
            xs={current.sizes}
            xLabel="Cache-Größe in Einträgen"
            yLabel="Fehlzugriffsquote"
            unit="%"
            series={current.curves.map((c, k) => ({
              label: labels[k],
              values: c.missRatio.map((v) => finite(v) * 100),
            }))}
          />
          <details>
            <summary>Werte als Tabelle</summary>
            <div
              class="c-table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Fehlzugriffsquoten als Tabelle"
            >
              <table class="lab-table" data-testid="c-curve-table">
                <caption>Fehlzugriffsquote je Cache-Größe</caption>
                <thead>
                  <tr>
                    <th scope="col">Größe</th>
                    {labels.map((label) => (
                      <th scope="col" key={label}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {current.sizes.map((size, i) => (
                    <tr key={size}>
                      <th scope="row">{count(size)}</th>
                      {current.curves.map((c) => (
                        <td key={c.policy}>{percent(c.missRatio[i])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
