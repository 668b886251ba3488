/**
 * The message-queue lab's whole-run figures: which ones, how each is read from a result and how it
 * is written in German. The totals table shows them (each cell carries data-series="lauf",
 * data-metric and data-value) and the experiments' claims read them through here, in the unit test
 * from the engine and in the e2e test from the page, so text, table and engine cannot drift apart.
 */
import type { QueueResult } from '../../sim/queue/index.ts';
import { count, minutes, percent } from './format.ts';
import { germanNumber } from '../../lib/germanNumber.ts';

/** The one series of the queue lab's table: the run the form describes. */
export const RUN_SERIES = 'lauf';

const perMinute = germanNumber({ maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** A waiting time exists only once an order left the queue; before that it is "–", never 0. */
const waited = (r: QueueResult, value: number) => (r.wait.count > 0 ? value : NaN);

export interface FigureRow {
  metric: string;
  label: string;
  value: (r: QueueResult) => number;
  text: (value: number) => string;
}

const counted = (metric: string, label: string, value: (r: QueueResult) => number): FigureRow => ({
  metric,
  label,
  value,
  text: count,
});

export const FIGURE_ROWS: FigureRow[] = [
  counted('accepted', 'angenommene Bestellungen', (r) => r.totals.accepted),
  counted(
    'rejected',
    'Versuche abgewiesen (Schlange voll, Broker aus oder besetzt)',
    (r) => r.totals.rejected,
  ),
  counted('attempts', 'Versuche der Kunden insgesamt', (r) => r.totals.attempts),
  counted('gaveUp', 'Kunden aufgegeben (nie angenommen)', (r) => r.totals.gaveUp),
  counted(
    'shortCircuited',
    'Versuche, die die offene Sicherung gleich abwies (Circuit Breaker)',
    (r) => r.totals.shortCircuited,
  ),
  counted('blocked', 'Kunden warten lassen (Backpressure)', (r) => r.totals.blocked),
  counted('droppedOldest', 'verworfen (älteste zuerst)', (r) => r.totals.droppedOldest),
  { metric: 'waitMean', label: 'Wartezeit im Mittel', value: (r) => waited(r, r.wait.mean), text: minutes },
  { metric: 'waitP95', label: 'Wartezeit p95', value: (r) => waited(r, r.wait.p95), text: minutes },
  { metric: 'utilization', label: 'Auslastung der Bäcker', value: (r) => r.utilization, text: percent },
  {
    metric: 'phoneShare',
    label: 'Anteil der Bäckerzeit am Telefon',
    value: (r) => r.phoneShare,
    text: percent,
  },
  {
    metric: 'goodput',
    label:
      'Goodput: verschiedene Bestellungen gebacken pro Minute (nach dem Ausfall bis zur letzten Bestellung)',
    value: (r) => r.goodputPerMin,
    text: (value) => (Number.isFinite(value) ? `${perMinute.format(value)} /min` : '–'),
  },
  counted('redelivered', 'neu zugestellt (nach Sichtbarkeits-Timeout)', (r) => r.totals.redelivered),
  counted(
    'expired',
    'Sichtbarkeits-Timeout abgelaufen, während noch gebacken wurde',
    (r) => r.totals.expired,
  ),
  counted('duplicates', 'doppelt ausgeliefert', (r) => r.totals.duplicates),
  counted('distinct', 'verschiedene Bestellungen gebacken', (r) => r.totals.distinctProcessed),
  counted('deadLettered', 'in der Dead-Letter-Queue', (r) => r.totals.deadLettered),
];

/**
 * A figure of a run by its metric name, as the experiments' claims name it.
 *
 * @example
 * figureOf(result, 'accepted'); // result.totals.accepted
 */
export function figureOf(result: QueueResult, metric: string): number {
  const row = FIGURE_ROWS.find((entry) => entry.metric === metric);
  if (!row) throw new Error(`Unbekannte Kennzahl des Message-Queue-Labors: ${metric}`);
  return row.value(result);
}

/**
 * A figure of a run as the table writes it ("–" without data), so summaries round alike.
 *
 * @example
 * figureText(result, 'waitP95'); // '4,4 min', or '–' when no order left the queue
 */
export function figureText(result: QueueResult, metric: string): string {
  const row = FIGURE_ROWS.find((entry) => entry.metric === metric);
  if (!row) throw new Error(`Unbekannte Kennzahl des Message-Queue-Labors: ${metric}`);
  return row.text(row.value(result));
}

/**
 * Why the waiting times read "–": no order ever left the queue (no baker, or none took one). Null
 * when there are waiting times.
 *
 * @example
 * noWaitNote(resultWithoutBakers);
 * // 'Keine Bestellung kam aus der Schlange zum Backen, daher keine Wartezeit (–): Die 50 angenommenen Bestellungen warten noch.'
 */
export function noWaitNote(result: QueueResult): string | null {
  if (result.wait.count > 0) return null;
  const accepted = result.totals.accepted;
  const waiting =
    accepted === 0
      ? 'Es wurde keine angenommen.'
      : `Die ${count(accepted)} angenommenen ${accepted === 1 ? 'Bestellung wartet' : 'Bestellungen warten'} noch.`;
  return `Keine Bestellung kam aus der Schlange zum Backen, daher keine Wartezeit (–): ${waiting}`;
}
