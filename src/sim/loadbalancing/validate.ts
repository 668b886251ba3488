/**
 * Validation at the edge: turns unknown input (JSON, URL parameters) into a Scenario, filling in
 * defaults, or lists every problem in German, naming the field and the allowed range.
 */
import { ALGORITHM_IDS, ARRIVAL_KINDS, SERVICE_KINDS } from './types.ts';
import type { Scenario, ServerEvent, ServerSpec } from './types.ts';

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export const LIMITS = {
  servers: { min: 1, max: 32 },
  weight: { min: 1, max: 100 },
  speed: { min: 0.1, max: 10 },
  concurrency: { min: 1, max: 1000 },
  queueLimit: { min: 0, max: 10_000 },
  events: { min: 0, max: 1000 },
  atMs: { min: 0, max: 1e9 },
  clients: { min: 1, max: 1_000_000 },
  hotShare: { min: 0, max: 1 },
  ratePerSecond: { min: 0.01, max: 1_000_000 },
  burstSize: { min: 1, max: 10_000 },
  requests: { min: 1, max: 2_000_000 },
  meanBytes: { min: 1, max: 1e9 },
  meanMs: { min: 0.001, max: 1e6 },
  pareto: { min: 1.05, max: 10 },
  lognormal: { min: 0.1, max: 3 },
  longLivedShare: { min: 0, max: 1 },
  longLivedMeanMs: { min: 1, max: 1e7 },
  seed: { min: 0, max: 4_294_967_295 },
  sampleIntervalMs: { min: 0, max: 1e9 },
} as const;

/** A server as the lab starts it: weight 1, speed 1, 4 workers, 100 queue places. */
export const DEFAULT_SERVER: ServerSpec = { weight: 1, speed: 1, concurrency: 4, queueLimit: 100 };

/**
 * A complete scenario with the lab's defaults: 4 equal servers, 2,000 Poisson requests at 60/s.
 *
 * @example
 * validateScenario(defaultScenario()).ok; // true
 */
export function defaultScenario(): Scenario {
  return {
    seed: 1,
    algorithm: 'roundRobin',
    servers: Array.from({ length: 4 }, () => ({ ...DEFAULT_SERVER })),
    events: [],
    clients: { count: 1000, hotShare: 0 },
    arrival: { kind: 'poisson', ratePerSecond: 60, burstSize: 20 },
    requests: {
      count: 2000,
      meanBytes: 20_000,
      service: { kind: 'exponential', meanMs: 50, shape: 1.5 },
      longLived: { share: 0, meanMs: 10_000 },
    },
    sampleIntervalMs: 0,
  };
}

const formatter = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 });

/**
 * Formats a number the German way, for messages.
 *
 * @example
 * formatNumber(1234.5); // '1.234,5'
 */
export function formatNumber(value: number): string {
  return formatter.format(value);
}

function show(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
  if (typeof value === 'string') return `„${value}“`;
  return value === null ? 'null' : Array.isArray(value) ? 'eine Liste' : typeof value;
}

/** Collects errors while reading fields with defaults. */
class Reader {
  errors: string[] = [];

  object(value: unknown, path: string): Record<string, unknown> {
    if (value === undefined) return {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.errors.push(`„${path}“ muss ein Objekt sein (erhalten: ${show(value)}).`);
    return {};
  }

  number(
    value: unknown,
    path: string,
    range: { min: number; max: number },
    fallback: number | null,
    integer = false,
  ): number {
    if (value === undefined && fallback !== null) return fallback;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= range.min &&
      value <= range.max &&
      (!integer || Number.isInteger(value));
    if (ok) return value;
    const kind = integer ? 'eine ganze Zahl' : 'eine Zahl';
    this.errors.push(
      `„${path}“ muss ${kind} von ${formatNumber(range.min)} bis ${formatNumber(range.max)} sein (erhalten: ${show(value)}).`,
    );
    return fallback ?? range.min;
  }

  choice<T extends string>(value: unknown, path: string, options: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.errors.push(
      `„${path}“ muss einer dieser Werte sein: ${options.join(', ')} (erhalten: ${show(value)}).`,
    );
    return fallback;
  }

  list(value: unknown, path: string, range: { min: number; max: number }): unknown[] | undefined {
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.length >= range.min && value.length <= range.max) return value;
    const what = Array.isArray(value) ? `${value.length} Einträge` : show(value);
    this.errors.push(
      `„${path}“ muss eine Liste mit ${range.min} bis ${range.max} Einträgen sein (erhalten: ${what}).`,
    );
    return undefined;
  }
}

/**
 * Checks a scenario and fills in defaults for missing fields.
 *
 * @example
 * validateScenario({ servers: [{ weight: 0 }] });
 * // { ok: false, errors: ['„servers[0].weight“ muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).'] }
 */
export function validateScenario(input: unknown): ValidationResult {
  const read = new Reader();
  const defaults = defaultScenario();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [`Das Szenario muss ein Objekt sein (erhalten: ${show(input)}).`] };
  }
  const root = input as Record<string, unknown>;
  const L = LIMITS;

  const serverList = read.list(root.servers, 'servers', L.servers);
  const servers: ServerSpec[] = (serverList ?? defaults.servers).map((raw, i) => {
    const s = read.object(raw, `servers[${i}]`);
    const path = `servers[${i}]`;
    return {
      weight: read.number(s.weight, `${path}.weight`, L.weight, DEFAULT_SERVER.weight, true),
      speed: read.number(s.speed, `${path}.speed`, L.speed, DEFAULT_SERVER.speed),
      concurrency: read.number(
        s.concurrency,
        `${path}.concurrency`,
        L.concurrency,
        DEFAULT_SERVER.concurrency,
        true,
      ),
      queueLimit: read.number(
        s.queueLimit,
        `${path}.queueLimit`,
        L.queueLimit,
        DEFAULT_SERVER.queueLimit,
        true,
      ),
    };
  });

  const eventList = read.list(root.events, 'events', L.events) ?? [];
  const events: ServerEvent[] = eventList.map((raw, i) => {
    const e = read.object(raw, `events[${i}]`);
    const path = `events[${i}]`;
    if (typeof e.up !== 'boolean')
      read.errors.push(`„${path}.up“ muss true oder false sein (erhalten: ${show(e.up)}).`);
    return {
      atMs: read.number(e.atMs, `${path}.atMs`, L.atMs, null),
      server: read.number(e.server, `${path}.server`, { min: 0, max: servers.length - 1 }, null, true),
      up: e.up === true,
    };
  });

  const clients = read.object(root.clients, 'clients');
  const arrival = read.object(root.arrival, 'arrival');
  const requests = read.object(root.requests, 'requests');
  const service = read.object(requests.service, 'requests.service');
  const longLived = read.object(requests.longLived, 'requests.longLived');
  const d = defaults.requests;
  const serviceKind = read.choice(service.kind, 'requests.service.kind', SERVICE_KINDS, d.service.kind);
  const shapeRange = serviceKind === 'lognormal' ? L.lognormal : L.pareto;
  const shapeDefault = serviceKind === 'lognormal' ? 1 : d.service.shape;

  const scenario: Scenario = {
    seed: read.number(root.seed, 'seed', L.seed, defaults.seed, true),
    algorithm: read.choice(root.algorithm, 'algorithm', ALGORITHM_IDS, defaults.algorithm),
    servers,
    events,
    clients: {
      count: read.number(clients.count, 'clients.count', L.clients, defaults.clients.count, true),
      hotShare: read.number(clients.hotShare, 'clients.hotShare', L.hotShare, defaults.clients.hotShare),
    },
    arrival: {
      kind: read.choice(arrival.kind, 'arrival.kind', ARRIVAL_KINDS, defaults.arrival.kind),
      ratePerSecond: read.number(
        arrival.ratePerSecond,
        'arrival.ratePerSecond',
        L.ratePerSecond,
        defaults.arrival.ratePerSecond,
      ),
      burstSize: read.number(
        arrival.burstSize,
        'arrival.burstSize',
        L.burstSize,
        defaults.arrival.burstSize,
        true,
      ),
    },
    requests: {
      count: read.number(requests.count, 'requests.count', L.requests, d.count, true),
      meanBytes: read.number(requests.meanBytes, 'requests.meanBytes', L.meanBytes, d.meanBytes),
      service: {
        kind: serviceKind,
        meanMs: read.number(service.meanMs, 'requests.service.meanMs', L.meanMs, d.service.meanMs),
        shape: read.number(service.shape, 'requests.service.shape', shapeRange, shapeDefault),
      },
      longLived: {
        share: read.number(longLived.share, 'requests.longLived.share', L.longLivedShare, d.longLived.share),
        meanMs: read.number(
          longLived.meanMs,
          'requests.longLived.meanMs',
          L.longLivedMeanMs,
          d.longLived.meanMs,
        ),
      },
    },
    sampleIntervalMs: read.number(root.sampleIntervalMs, 'sampleIntervalMs', L.sampleIntervalMs, 0),
  };
  return read.errors.length > 0 ? { ok: false, errors: read.errors } : { ok: true, scenario };
}
