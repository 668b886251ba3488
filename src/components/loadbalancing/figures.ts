/**
 * The load-balancing lab's figures: which ones, how each is read from a result and how it is
 * written in German. The table and the live summary both format through here, so they round alike;
 * a figure without data (no finished request yet, no server working) is "–", never 0 or 1.
 */
import type { SimulationResult } from '../../sim/loadbalancing/index.ts';
import { germanNumber, type NumberFormatter } from '../../lib/germanNumber.ts';

const de = germanNumber({ maximumFractionDigits: 1 });
const de3 = germanNumber({ maximumFractionDigits: 3 });

/** Latency figures exist only once a short request has finished; before that they are "–". */
const latency = (r: SimulationResult, value: number) => (r.latency.count > 0 ? value : NaN);
/** Fairness of nothing is no fairness: "–" while no server has done any work. */
const fairness = (r: SimulationResult) =>
  r.servers.some((s) => s.utilization > 0) ? r.fairness.utilization : NaN;

export type Metric = 'served' | 'p50' | 'p95' | 'p99' | 'max' | 'drops' | 'jain';

export const METRIC_ROWS: {
  metric: Metric;
  label: string;
  value: (r: SimulationResult) => number;
  format?: NumberFormatter;
}[] = [
  { metric: 'served', label: 'Fertige kurze Anfragen', value: (r) => r.latency.count },
  { metric: 'p50', label: 'Latenz p50 (ms)', value: (r) => latency(r, r.latency.p50) },
  { metric: 'p95', label: 'Latenz p95 (ms)', value: (r) => latency(r, r.latency.p95) },
  { metric: 'p99', label: 'Latenz p99 (ms)', value: (r) => latency(r, r.latency.p99) },
  { metric: 'max', label: 'Latenz max (ms)', value: (r) => latency(r, r.latency.max) },
  {
    metric: 'drops',
    label: 'Verworfen (Warteschlange voll / kein Server / Ausfall)',
    value: (r) => r.drops.total,
  },
  {
    metric: 'jain',
    label: 'Fairness (Jain-Index der Auslastung)',
    value: fairness,
    format: de3,
  },
];

/**
 * One figure as the table shows it (German, "–" without data), so the live summary rounds alike.
 *
 * @example
 * metricText(result, 'p95'); // '118,4'
 */
export function metricText(result: SimulationResult, metric: Metric): string {
  const row = METRIC_ROWS.find((r) => r.metric === metric)!;
  const value = row.value(result);
  return Number.isFinite(value) ? (row.format ?? de).format(value) : '–';
}
