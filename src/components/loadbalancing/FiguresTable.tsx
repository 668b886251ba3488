/**
 * The lab's figures as a table, one column per algorithm; every cell carries data-metric and
 * data-algo, so tests (and curious readers of the DOM) find the numbers.
 */
import type { AlgorithmId, SimulationResult } from '../../sim/loadbalancing/index.ts';

const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const de3 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });

const show = (value: number, format = de) => (Number.isFinite(value) ? format.format(value) : '–');

const ROWS: {
  metric: string;
  label: string;
  value: (r: SimulationResult) => number;
  format?: Intl.NumberFormat;
}[] = [
  { metric: 'served', label: 'Fertige kurze Anfragen', value: (r) => r.latency.count },
  { metric: 'p50', label: 'Latenz p50 (ms)', value: (r) => r.latency.p50 },
  { metric: 'p95', label: 'Latenz p95 (ms)', value: (r) => r.latency.p95 },
  { metric: 'p99', label: 'Latenz p99 (ms)', value: (r) => r.latency.p99 },
  { metric: 'max', label: 'Latenz max (ms)', value: (r) => r.latency.max },
  {
    metric: 'drops',
    label: 'Verworfen (Warteschlange voll / kein Server / Ausfall)',
    value: (r) => r.drops.total,
  },
  {
    metric: 'jain',
    label: 'Fairness (Jain-Index der Auslastung)',
    value: (r) => r.fairness.utilization,
    format: de3,
  },
];

export function FiguresTable({
  ids,
  labels,
  results,
}: {
  ids: AlgorithmId[];
  labels: string[];
  results: SimulationResult[];
}) {
  return (
    <table class="lab-table" data-testid="lb-figures">
      <caption>Kennzahlen bis zum aktuellen Zeitpunkt</caption>
      <thead>
        <tr>
          <th scope="col">Kennzahl</th>
          {labels.map((label, k) => (
            <th scope="col" key={ids[k] + k}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.metric}>
            <th scope="row">{row.label}</th>
            {results.map((result, k) => {
              const value = row.value(result);
              return (
                <td
                  key={ids[k] + k}
                  data-metric={row.metric}
                  data-algo={ids[k]}
                  data-value={Number.isFinite(value) ? value : 0}
                >
                  {show(value, row.format)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
