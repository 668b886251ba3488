/**
 * The message-queue lab's state as it lives in the URL (keys prefixed `q.`), read with the same rules
 * for the address and the form (src/components/lab/urlState.ts), and its translation into an engine
 * scenario, validated once more by the engine. Numbers come from the engine's ranges (LIMITS).
 */
import {
  ARRIVAL_KINDS,
  DELIVERY_MODES,
  FULL_POLICIES,
  LIMITS,
  RETRY_POLICIES,
  SERVICE_KINDS,
  validateQueueScenario,
} from '../../sim/queue/index.ts';
import type { QueueScenario } from '../../sim/queue/index.ts';
import { formatNumber, narrowRange, scaleRange } from '../../sim/shared/index.ts';
import { choiceParam, rangeParam, readUrlState, type Param, type ParamSpecs } from '../lab/urlState.ts';

export const PREFIX = 'q.';

/** The lab's numeric fields: the engine's ranges, narrowed where the browser should stay quick. */
export const RANGES = {
  seed: LIMITS.seed,
  // 50,000 orders run in well under 100 ms; the engine allows far more (see bench/queue.bench.ts).
  orders: narrowRange(LIMITS.orders, { max: 50_000 }),
  rate: LIMITS.ratePerMin,
  burst: LIMITS.burstSize,
  peak: LIMITS.peakFactor,
  subs: LIMITS.subscribers,
  cap: narrowRange(LIMITS.capacity, { max: 100_000 }),
  call: LIMITS.attemptCostMin,
  bakers: narrowRange(LIMITS.consumers, { label: 'Bäcker' }),
  mean: LIMITS.meanMin,
  chgAt: narrowRange(LIMITS.atMin, { label: 'Personalwechsel nach' }),
  chgTo: narrowRange(LIMITS.consumers, { label: 'Bäcker danach' }),
  crash: scaleRange(LIMITS.crashProbability, 100, '%'),
  poison: scaleRange(LIMITS.poisonShare, 100, '%'),
  vt: LIMITS.visibilityTimeoutMin,
  maxdel: LIMITS.maxDeliveries,
  retries: LIMITS.maxRetries,
  base: LIMITS.baseMin,
  rcap: LIMITS.capMin,
  cb: LIMITS.breakerFailures,
  cbopen: LIMITS.breakerOpenMin,
  outFrom: narrowRange(LIMITS.outageMin, { label: 'Broker-Ausfall ab' }),
  outTo: narrowRange(LIMITS.outageMin, { label: 'Broker wieder verfügbar ab' }),
} as const;

export interface QueueLabState {
  seed: number;
  orders: number;
  arr: (typeof ARRIVAL_KINDS)[number];
  rate: number;
  burst: number;
  peak: number;
  mode: (typeof DELIVERY_MODES)[number];
  subs: number;
  cap: number;
  full: (typeof FULL_POLICIES)[number];
  /** Minutes on the phone per publish attempt (0: free). */
  call: number;
  bakers: number;
  svc: (typeof SERVICE_KINDS)[number];
  mean: number;
  /** Minute of the staff change, 0 for none. */
  chgAt: number;
  chgTo: number;
  /** Crash chance and poison share in percent. */
  crash: number;
  poison: number;
  vt: number;
  maxdel: number;
  idem: boolean;
  retry: (typeof RETRY_POLICIES)[number];
  retries: number;
  base: number;
  rcap: number;
  /** Circuit breaker: refusals in a row until it opens (0: none), minutes it stays open. */
  cb: number;
  cbopen: number;
  /** Broker outage [outFrom, outTo) in minutes; equal values mean none. */
  outFrom: number;
  outTo: number;
}

export const DEFAULTS: QueueLabState = {
  seed: RANGES.seed.default,
  orders: RANGES.orders.default,
  arr: 'poisson',
  rate: RANGES.rate.default,
  burst: RANGES.burst.default,
  peak: RANGES.peak.default,
  mode: 'pointToPoint',
  subs: RANGES.subs.default,
  cap: RANGES.cap.default,
  full: 'reject',
  call: RANGES.call.default,
  bakers: RANGES.bakers.default,
  svc: 'exponential',
  mean: RANGES.mean.default,
  chgAt: 0,
  chgTo: RANGES.chgTo.default,
  crash: RANGES.crash.default,
  poison: RANGES.poison.default,
  vt: RANGES.vt.default,
  maxdel: RANGES.maxdel.default,
  idem: false,
  retry: 'backoffJitter',
  retries: RANGES.retries.default,
  base: RANGES.base.default,
  rcap: RANGES.rcap.default,
  cb: RANGES.cb.default,
  cbopen: RANGES.cbopen.default,
  outFrom: 0,
  outTo: 0,
};

/**
 * Yes or no: `1` or `0` in the URL.
 * @example
 * booleanParam.parse('1'); // true
 */
export const booleanParam: Param<boolean> = {
  allowed: '1 (ja) oder 0 (nein)',
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  format: (value) => (value ? '1' : '0'),
};

export const SPECS: ParamSpecs<QueueLabState> = {
  seed: rangeParam(RANGES.seed),
  orders: rangeParam(RANGES.orders),
  arr: choiceParam(ARRIVAL_KINDS),
  rate: rangeParam(RANGES.rate),
  burst: rangeParam(RANGES.burst),
  peak: rangeParam(RANGES.peak),
  mode: choiceParam(DELIVERY_MODES),
  subs: rangeParam(RANGES.subs),
  cap: rangeParam(RANGES.cap),
  full: choiceParam(FULL_POLICIES),
  call: rangeParam(RANGES.call),
  bakers: rangeParam(RANGES.bakers),
  svc: choiceParam(SERVICE_KINDS),
  mean: rangeParam(RANGES.mean),
  chgAt: rangeParam(RANGES.chgAt),
  chgTo: rangeParam(RANGES.chgTo),
  crash: rangeParam(RANGES.crash),
  poison: rangeParam(RANGES.poison),
  vt: rangeParam(RANGES.vt),
  maxdel: rangeParam(RANGES.maxdel),
  idem: booleanParam,
  retry: choiceParam(RETRY_POLICIES),
  retries: rangeParam(RANGES.retries),
  base: rangeParam(RANGES.base),
  rcap: rangeParam(RANGES.rcap),
  cb: rangeParam(RANGES.cb),
  cbopen: rangeParam(RANGES.cbopen),
  outFrom: rangeParam(RANGES.outFrom),
  outTo: rangeParam(RANGES.outTo),
};

/**
 * Reads the lab's state from a query string; bad values and impossible combinations give German
 * notes and a working default (never a dead end).
 * @example
 * readQueueState('?q.bakers=100').errors[0]; // 'Feld „Bäcker“, URL-Parameter „q.bakers“: „100“ ist ungültig …'
 */
export function readQueueState(search: string): { state: QueueLabState; errors: string[] } {
  const { state, errors } = readUrlState(search, PREFIX, SPECS, DEFAULTS);
  if (state.outTo < state.outFrom) {
    errors.push(
      `URL-Parameter „${PREFIX}outTo“: Der Broker kann nicht ab Minute ${formatNumber(state.outTo)} wieder da sein, wenn er erst ab Minute ${formatNumber(state.outFrom)} ausfällt („${PREFIX}outFrom“). Der Broker fällt nicht aus.`,
    );
    state.outFrom = 0;
    state.outTo = 0;
  }
  const groups = state.mode === 'publishSubscribe' ? state.subs : 1;
  if (state.orders * groups > RANGES.orders.max) {
    errors.push(
      `URL-Parameter „${PREFIX}orders“: ${formatNumber(state.orders)} Bestellungen an ${groups} Abonnenten sind mehr Nachrichten, als das Labor im Browser rechnet (höchstens ${formatNumber(RANGES.orders.max)}). Verwendet werden ${formatNumber(Math.floor(RANGES.orders.max / groups))} Bestellungen.`,
    );
    state.orders = Math.floor(RANGES.orders.max / groups);
  }
  return { state, errors };
}

/**
 * The engine scenario of a lab state, checked by the engine.
 * @example
 * toScenario(DEFAULTS).scenario?.consumers.count; // 3
 */
export function toScenario(state: QueueLabState): { scenario?: QueueScenario; errors: string[] } {
  const checked = validateQueueScenario({
    seed: state.seed,
    orders: state.orders,
    arrival: { kind: state.arr, ratePerMin: state.rate, burstSize: state.burst, peakFactor: state.peak },
    mode: state.mode,
    subscribers: state.subs,
    queue: { capacity: state.cap, whenFull: state.full, attemptCostMin: state.call },
    consumers: {
      count: state.bakers,
      service: { kind: state.svc, meanMin: state.mean },
      changes: state.chgAt > 0 ? [{ atMin: state.chgAt, consumers: state.chgTo }] : [],
    },
    ack: {
      crashProbability: state.crash / 100,
      poisonShare: state.poison / 100,
      visibilityTimeoutMin: state.vt,
      maxDeliveries: state.maxdel,
      idempotent: state.idem,
    },
    retry: {
      policy: state.retry,
      maxRetries: state.retries,
      baseMin: state.base,
      capMin: state.rcap,
      breakerFailures: state.cb,
      breakerOpenMin: state.cbopen,
    },
    outage: { fromMin: state.outFrom, toMin: state.outTo },
  });
  return checked.ok
    ? { scenario: checked.value, errors: [] }
    : { errors: checked.errors.map((e) => e.message) };
}

/**
 * Offered load per baker ρ = λ·E[S]/c of one subscriber group (every group gets every order).
 * @example
 * utilisation(DEFAULTS); // 0.7
 */
export function utilisation(state: Pick<QueueLabState, 'rate' | 'mean' | 'bakers'>): number {
  return state.bakers === 0 ? Infinity : (state.rate * state.mean) / state.bakers;
}
