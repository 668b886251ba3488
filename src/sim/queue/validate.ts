/**
 * Validation at the edge: turns unknown input (JSON, the lab's URL) into a QueueScenario, filling in
 * defaults, or lists every problem in German, naming each field by the label the lab shows. The
 * ranges (LIMITS) are the one source of the lab's bounds and defaults.
 */
import { Checker, defineRange, formatNumber, type Validation } from '../shared/validate.ts';
import {
  ARRIVAL_KINDS,
  DELIVERY_MODES,
  FULL_POLICIES,
  RETRY_POLICIES,
  SERVICE_KINDS,
  type ConsumerChange,
  type QueueScenario,
} from './types.ts';

const int = true;

/** Messages a run may hold in total (orders × subscriber groups), so memory stays bounded. */
export const MAX_COPIES = 4_000_000;

/** Every numeric setting the engine accepts: label, bounds, default and unit. */
export const LIMITS = {
  seed: defineRange({ label: 'Seed', min: 0, max: 4_294_967_295, integer: int, default: 1 }),
  orders: defineRange({ label: 'Bestellungen', min: 1, max: 2_000_000, integer: int, default: 600 }),
  ratePerMin: defineRange({
    label: 'Bestellungen pro Minute',
    min: 0.01,
    max: 10_000,
    default: 1,
    unit: '/min',
  }),
  burstSize: defineRange({ label: 'Bestellungen je Schub', min: 1, max: 1000, integer: int, default: 10 }),
  peakFactor: defineRange({ label: 'Faktor der Mittagsspitze', min: 1, max: 20, default: 3 }),
  subscribers: defineRange({ label: 'Abonnenten', min: 1, max: 8, integer: int, default: 3 }),
  capacity: defineRange({
    label: 'Plätze in der Warteschlange',
    min: 1,
    max: 1_000_000,
    integer: int,
    default: 50,
  }),
  attemptCostMin: defineRange({
    label: 'Zeit am Telefon je Versuch',
    min: 0,
    max: 10,
    default: 0,
    unit: 'min',
  }),
  consumers: defineRange({ label: 'Bäcker (Konsumenten)', min: 0, max: 64, integer: int, default: 3 }),
  meanMin: defineRange({ label: 'mittlere Backzeit', min: 0.001, max: 1000, default: 2.1, unit: 'min' }),
  changes: defineRange({ label: 'Personalwechsel', min: 0, max: 20, integer: int, default: 0 }),
  atMin: defineRange({ label: 'Zeitpunkt', min: 0, max: 1e7, default: 0, unit: 'min' }),
  crashProbability: defineRange({ label: 'Absturzwahrscheinlichkeit', min: 0, max: 0.9, default: 0 }),
  poisonShare: defineRange({ label: 'Anteil unlesbarer Bestellungen', min: 0, max: 1, default: 0 }),
  visibilityTimeoutMin: defineRange({
    label: 'Sichtbarkeits-Timeout',
    min: 0.01,
    max: 1000,
    // Longer than nearly every baking (exponential, mean 2.1: about 1 in 1.6 million takes longer), as SQS
    // advises; shorter timeouts take messages away from bakers still at work.
    default: 30,
    unit: 'min',
  }),
  maxDeliveries: defineRange({
    label: 'Zustellungen bis zur Dead-Letter-Queue',
    min: 1,
    max: 100,
    integer: int,
    default: 5,
  }),
  maxRetries: defineRange({ label: 'Wiederholungen', min: 0, max: 100, integer: int, default: 8 }),
  baseMin: defineRange({
    label: 'erste Wartezeit vor Wiederholung',
    min: 0.001,
    max: 100,
    default: 0.1,
    unit: 'min',
  }),
  capMin: defineRange({
    label: 'längste Wartezeit vor Wiederholung',
    min: 0.001,
    max: 1000,
    default: 8,
    unit: 'min',
  }),
  breakerFailures: defineRange({
    label: 'Sicherung öffnet nach Fehlversuchen',
    min: 0,
    max: 1000,
    integer: int,
    default: 0,
  }),
  breakerOpenMin: defineRange({
    label: 'Sicherung offen für',
    min: 0.01,
    max: 1000,
    default: 2,
    unit: 'min',
  }),
  outageMin: defineRange({ label: 'Ausfall des Brokers', min: 0, max: 1e7, default: 0, unit: 'min' }),
} as const;

/** Labels of the choices, as the lab's selects show them. */
export const CHOICE_LABELS = {
  arrival: 'Ankünfte',
  service: 'Backzeit',
  mode: 'Zustellung',
  whenFull: 'Wenn die Schlange voll ist',
  retry: 'Wiederholung durch Erzeuger',
  idempotent: 'Idempotente Konsumenten',
} as const;

/**
 * A complete scenario with the defaults of LIMITS: 600 Poisson orders at 1/min, 3 bakers at 2.1 min
 * each (70 % utilisation), point-to-point, 50 places, reject when full, backoff with jitter.
 *
 * @example
 * validateQueueScenario(defaultQueueScenario()).ok; // true
 */
export function defaultQueueScenario(): QueueScenario {
  const L = LIMITS;
  return {
    seed: L.seed.default,
    orders: L.orders.default,
    arrival: {
      kind: 'poisson',
      ratePerMin: L.ratePerMin.default,
      burstSize: L.burstSize.default,
      peakFactor: L.peakFactor.default,
    },
    mode: 'pointToPoint',
    subscribers: L.subscribers.default,
    queue: { capacity: L.capacity.default, whenFull: 'reject', attemptCostMin: L.attemptCostMin.default },
    consumers: {
      count: L.consumers.default,
      service: { kind: 'exponential', meanMin: L.meanMin.default },
      changes: [],
    },
    ack: {
      crashProbability: L.crashProbability.default,
      poisonShare: L.poisonShare.default,
      visibilityTimeoutMin: L.visibilityTimeoutMin.default,
      maxDeliveries: L.maxDeliveries.default,
      idempotent: false,
    },
    retry: {
      policy: 'backoffJitter',
      maxRetries: L.maxRetries.default,
      baseMin: L.baseMin.default,
      capMin: L.capMin.default,
      breakerFailures: L.breakerFailures.default,
      breakerOpenMin: L.breakerOpenMin.default,
    },
    outage: { fromMin: 0, toMin: 0 },
  };
}

function readChanges(read: Checker, input: unknown): ConsumerChange[] {
  const list = read.list(input, 'consumers.changes', LIMITS.changes) ?? [];
  return list.map((raw, i) => {
    const path = `consumers.changes[${i}]`;
    const where = `bei Personalwechsel ${i + 1}`;
    const change = read.object(raw, path, `Personalwechsel ${i + 1}`);
    return {
      atMin: read.number(change.atMin, `${path}.atMin`, LIMITS.atMin, where),
      consumers: read.number(change.consumers, `${path}.consumers`, LIMITS.consumers, where),
    };
  });
}

function readBoolean(
  read: Checker,
  value: unknown,
  field: string,
  label: string,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  read.fail(
    field,
    label,
    `„${label}“ muss ja oder nein sein (erhalten: ${typeof value === 'string' ? `„${value}“` : String(value)}).`,
  );
  return fallback;
}

/**
 * Checks a scenario and fills in defaults for missing fields.
 *
 * @example
 * validateQueueScenario({ queue: { capacity: 0 } });
 * // { ok: false, errors: [{ field: 'queue.capacity', label: 'Plätze in der Warteschlange',
 * //   message: '„Plätze in der Warteschlange“ muss eine ganze Zahl von 1 bis 1.000.000 sein (erhalten: 0).' }] }
 */
export function validateQueueScenario(input: unknown): Validation<QueueScenario> {
  const read = new Checker();
  const d = defaultQueueScenario();
  const root = read.object(input, '', 'Szenario');
  const L = LIMITS;
  const number = (value: unknown, field: string, range: (typeof L)[keyof typeof L]) =>
    read.number(value, field, range, undefined, true);
  const arrival = read.object(root.arrival, 'arrival', 'Ankünfte', true);
  const queue = read.object(root.queue, 'queue', 'Warteschlange', true);
  const consumers = read.object(root.consumers, 'consumers', 'Konsumenten', true);
  const service = read.object(consumers.service, 'consumers.service', 'Backzeit', true);
  const ack = read.object(root.ack, 'ack', 'Quittungen', true);
  const retry = read.object(root.retry, 'retry', 'Wiederholungen', true);
  const outage = read.object(root.outage, 'outage', 'Ausfall', true);

  const scenario: QueueScenario = {
    seed: number(root.seed, 'seed', L.seed),
    orders: number(root.orders, 'orders', L.orders),
    arrival: {
      kind: read.choice(
        arrival.kind,
        'arrival.kind',
        CHOICE_LABELS.arrival,
        ARRIVAL_KINDS,
        d.arrival.kind,
        true,
      ),
      ratePerMin: number(arrival.ratePerMin, 'arrival.ratePerMin', L.ratePerMin),
      burstSize: number(arrival.burstSize, 'arrival.burstSize', L.burstSize),
      peakFactor: number(arrival.peakFactor, 'arrival.peakFactor', L.peakFactor),
    },
    mode: read.choice(root.mode, 'mode', CHOICE_LABELS.mode, DELIVERY_MODES, d.mode, true),
    subscribers: number(root.subscribers, 'subscribers', L.subscribers),
    queue: {
      capacity: number(queue.capacity, 'queue.capacity', L.capacity),
      whenFull: read.choice(
        queue.whenFull,
        'queue.whenFull',
        CHOICE_LABELS.whenFull,
        FULL_POLICIES,
        d.queue.whenFull,
        true,
      ),
      attemptCostMin: number(queue.attemptCostMin, 'queue.attemptCostMin', L.attemptCostMin),
    },
    consumers: {
      count: number(consumers.count, 'consumers.count', L.consumers),
      service: {
        kind: read.choice(
          service.kind,
          'consumers.service.kind',
          CHOICE_LABELS.service,
          SERVICE_KINDS,
          d.consumers.service.kind,
          true,
        ),
        meanMin: number(service.meanMin, 'consumers.service.meanMin', L.meanMin),
      },
      changes: readChanges(read, consumers.changes),
    },
    ack: {
      crashProbability: number(ack.crashProbability, 'ack.crashProbability', L.crashProbability),
      poisonShare: number(ack.poisonShare, 'ack.poisonShare', L.poisonShare),
      visibilityTimeoutMin: number(
        ack.visibilityTimeoutMin,
        'ack.visibilityTimeoutMin',
        L.visibilityTimeoutMin,
      ),
      maxDeliveries: number(ack.maxDeliveries, 'ack.maxDeliveries', L.maxDeliveries),
      idempotent: readBoolean(
        read,
        ack.idempotent,
        'ack.idempotent',
        CHOICE_LABELS.idempotent,
        d.ack.idempotent,
      ),
    },
    retry: {
      policy: read.choice(
        retry.policy,
        'retry.policy',
        CHOICE_LABELS.retry,
        RETRY_POLICIES,
        d.retry.policy,
        true,
      ),
      maxRetries: number(retry.maxRetries, 'retry.maxRetries', L.maxRetries),
      baseMin: number(retry.baseMin, 'retry.baseMin', L.baseMin),
      capMin: number(retry.capMin, 'retry.capMin', L.capMin),
      breakerFailures: number(retry.breakerFailures, 'retry.breakerFailures', L.breakerFailures),
      breakerOpenMin: number(retry.breakerOpenMin, 'retry.breakerOpenMin', L.breakerOpenMin),
    },
    outage: {
      fromMin: number(outage.fromMin, 'outage.fromMin', L.outageMin),
      toMin: number(outage.toMin, 'outage.toMin', L.outageMin),
    },
  };
  const groups = scenario.mode === 'publishSubscribe' ? scenario.subscribers : 1;
  if (scenario.orders * groups > MAX_COPIES) {
    read.fail(
      'orders',
      L.orders.label,
      `„${L.orders.label}“ mal „${L.subscribers.label}“ darf höchstens ${formatNumber(MAX_COPIES)} sein (erhalten: ${formatNumber(scenario.orders * groups)}).`,
    );
  }
  if (scenario.outage.toMin < scenario.outage.fromMin) {
    read.fail(
      'outage.toMin',
      L.outageMin.label,
      '„Ausfall des Brokers“: das Ende darf nicht vor dem Beginn liegen.',
    );
  }
  return read.result(scenario);
}
