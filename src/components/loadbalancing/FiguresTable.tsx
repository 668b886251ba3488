/**
 * The lab's figures as a table, one column per algorithm; every cell carries data-metric and
 * data-algo, so tests (and curious readers of the DOM) find the numbers.
 */
import type { AlgorithmId, SimulationResult } from '../../sim/loadbalancing/index.ts';
import { METRIC_ROWS as ROWS, metricText } from './figures.ts';

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
    // A phone scrolls the table sideways: its box is a keyboard-reachable region (WCAG 2.1.1).
    <div class="lab-table-scroll" tabIndex={0} role="region" aria-label="Kennzahlen der Algorithmen">
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
                    data-series={ids[k]}
                    data-value={Number.isFinite(value) ? value : 0}
                  >
                    {metricText(result, row.metric)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
