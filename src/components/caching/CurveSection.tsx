/**
 * The miss-ratio curve of the run's trace for the chosen policies, computed only when the reader
 * asks (it runs every policy but LRU once per cache size), with its values as a table too.
 */
import { useState } from 'preact/hooks';
import { curveSizes, missRatioCurve } from '../../sim/caching/index.ts';
import type { MissRatioCurve, PolicyId } from '../../sim/caching/index.ts';
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
  const [curve, setCurve] = useState<{ key: string; curve: MissRatioCurve } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = curve !== null && curve.key === runKey ? curve.curve : null;
  const used = Math.min(trace.length, CURVE_ACCESSES);
  const compute = () => {
    setBusy(true);
    // Let the "computing" note paint before the main thread is busy.
    setTimeout(() => {
      const sizes = curveSizes(state.keys, CURVE_POINTS);
      const result = missRatioCurve(trace.subarray(0, used), policies, sizes, {
        seed: state.seed,
        ttl: state.ttl,
      });
      setCurve({ key: runKey, curve: result });
      setBusy(false);
    }, 30);
  };
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
        {busy ? 'Berechne …' : current !== null ? 'Fehlzugriffskurve berechnet.' : ''}
      </p>
      {current !== null && (
        <>
          <LineChart
            id="c-curve-chart"
            title="Fehlzugriffsquote je Cache-Größe"
            desc={`Anteil der Fehlzugriffe für ${labels.join(', ')} bei Cache-Größen von ${count(current.sizes[0])} bis ${count(current.sizes[current.sizes.length - 1])} Einträgen.`}
            xs={current.sizes}
            xLabel="Cache-Größe in Einträgen"
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
