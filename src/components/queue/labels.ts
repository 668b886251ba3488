/** What the lab's selects show for each engine choice (German). */
import type {
  ArrivalKind,
  DeliveryMode,
  FullPolicy,
  RetryPolicy,
  ServiceKind,
} from '../../sim/queue/index.ts';

export const ARRIVAL_LABELS: Record<ArrivalKind, string> = {
  poisson: 'einzeln, zufällig (Poisson)',
  bursts: 'in Gruppen (Schübe)',
  peak: 'Mittagsspitze',
};
export const SERVICE_LABELS: Record<ServiceKind, string> = {
  exponential: 'schwankend (exponentiell)',
  deterministic: 'immer gleich (deterministisch)',
};
export const MODE_LABELS: Record<DeliveryMode, string> = {
  pointToPoint: 'Point-to-Point (ein Bäcker je Bestellung)',
  publishSubscribe: 'Publish-Subscribe (jeder Abonnent bekommt jede Bestellung)',
};
export const FULL_LABELS: Record<FullPolicy, string> = {
  reject: 'ablehnen (Fehler an den Kunden)',
  block: 'Kunden warten lassen (Backpressure)',
  dropOldest: 'älteste Bestellung verwerfen',
};
export const RETRY_LABELS: Record<RetryPolicy, string> = {
  none: 'keine Wiederholung',
  immediate: 'sofort (feste kurze Pause)',
  backoff: 'exponentieller Backoff',
  backoffJitter: 'exponentieller Backoff mit Jitter',
};
/** Names of the subscriber groups in the pizza shop. */
export const SUBSCRIBER_NAMES = [
  'Küche',
  'Lieferung',
  'Abrechnung',
  'Lager',
  'Statistik',
  'Marketing',
  'Qualität',
  'Archiv',
];
