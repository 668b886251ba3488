/**
 * Validation at the edge: turns unknown input (JSON, the lab's settings) into a Scenario, filling in
 * defaults, or lists every problem in German, naming the field by the label the lab shows. The
 * ranges (LIMITS) are the one source of the lab's bounds and defaults.
 */
import { Checker, defineRange, shown, type Validation } from '../shared/validate.ts';
import { ALGORITHM_IDS, ARRIVAL_KINDS, SERVICE_KINDS } from './types.ts';
import type { Scenario, ServerEvent, ServerSpec } from './types.ts';

const int = true;

/** Every numeric setting the engine accepts: label, bounds, default and unit. */
export const LIMITS = {
  servers: defineRange({ label: 'Anzahl der Server', min: 1, max: 32, integer: int, default: 4 }),
  weight: defineRange({ label: 'Gewicht', min: 1, max: 100, integer: int, default: 1 }),
  speed: defineRange({ label: 'Geschwindigkeit', min: 0.1, max: 10, default: 1 }),
  concurrency: defineRange({ label: 'Worker je Server', min: 1, max: 1000, integer: int, default: 4 }),
  queueLimit: defineRange({
    label: 'Plätze in der Warteschlange',
    min: 0,
    max: 10_000,
    integer: int,
    default: 50,
  }),
  events: defineRange({ label: 'Server-Ereignisse', min: 0, max: 1000, integer: int, default: 0 }),
  atMs: defineRange({ label: 'Zeitpunkt', min: 0, max: 1e9, default: 0, unit: 'ms' }),
  clients: defineRange({ label: 'Anzahl der Clients', min: 1, max: 1_000_000, integer: int, default: 1000 }),
  hotShare: defineRange({ label: 'Anteil eines NAT-Clients', min: 0, max: 1, default: 0 }),
  ratePerSecond: defineRange({ label: 'Anfragen pro Sekunde', min: 0.01, max: 1_000_000, default: 60 }),
  burstSize: defineRange({ label: 'Anfragen je Schub', min: 1, max: 10_000, integer: int, default: 20 }),
  requests: defineRange({ label: 'Anzahl Anfragen', min: 1, max: 2_000_000, integer: int, default: 2000 }),
  meanBytes: defineRange({ label: 'mittlere Größe', min: 1, max: 1e9, default: 20_000, unit: 'Byte' }),
  meanMs: defineRange({ label: 'mittlere Bearbeitungszeit', min: 0.001, max: 1e6, default: 50, unit: 'ms' }),
  pareto: defineRange({ label: 'Form α der Pareto-Verteilung', min: 1.05, max: 10, default: 1.5 }),
  lognormal: defineRange({ label: 'Streuung σ der Log-Normalverteilung', min: 0.1, max: 3, default: 1 }),
  longLivedShare: defineRange({ label: 'langlebige Verbindungen', min: 0, max: 1, default: 0 }),
  longLivedMeanMs: defineRange({
    label: 'mittlere Dauer langlebiger Verbindungen',
    min: 1,
    max: 1e7,
    default: 10_000,
    unit: 'ms',
  }),
  seed: defineRange({ label: 'Seed', min: 0, max: 4_294_967_295, integer: int, default: 1 }),
  sampleIntervalMs: defineRange({ label: 'Abtastintervall', min: 0, max: 1e9, default: 0, unit: 'ms' }),
} as const;

/** Labels of the choices, as the lab's selects show them. */
export const CHOICE_LABELS = {
  algorithm: 'Algorithmus',
  arrival: 'Ankünfte',
  service: 'Bearbeitungszeit',
  failedServer: 'Server fällt aus',
  failedUp: 'wieder da',
} as const;

/** A server as the lab starts it: the defaults of LIMITS (weight 1, speed 1, 4 workers, 50 places). */
export const DEFAULT_SERVER: Readonly<ServerSpec> = Object.freeze({
  weight: LIMITS.weight.default,
  speed: LIMITS.speed.default,
  concurrency: LIMITS.concurrency.default,
  queueLimit: LIMITS.queueLimit.default,
});

/**
 * A complete scenario with the defaults of LIMITS: 4 equal servers, 2,000 Poisson requests at 60/s.
 *
 * @example
 * validateScenario(defaultScenario()).ok; // true
 */
export function defaultScenario(): Scenario {
  const L = LIMITS;
  return {
    seed: L.seed.default,
    algorithm: 'roundRobin',
    servers: Array.from({ length: L.servers.default }, () => ({ ...DEFAULT_SERVER })),
    events: [],
    clients: { count: L.clients.default, hotShare: L.hotShare.default },
    arrival: { kind: 'poisson', ratePerSecond: L.ratePerSecond.default, burstSize: L.burstSize.default },
    requests: {
      count: L.requests.default,
      meanBytes: L.meanBytes.default,
      service: { kind: 'exponential', meanMs: L.meanMs.default, shape: L.pareto.default },
      longLived: { share: L.longLivedShare.default, meanMs: L.longLivedMeanMs.default },
    },
    sampleIntervalMs: L.sampleIntervalMs.default,
  };
}

function readServers(read: Checker, input: unknown): ServerSpec[] {
  const list = read.list(input, 'servers', LIMITS.servers);
  if (list === undefined) return defaultScenario().servers;
  return list.map((raw, i) => {
    const path = `servers[${i}]`;
    const where = `bei Server ${i + 1}`;
    const s = read.object(raw, path, `Server ${i + 1}`, true);
    const number = (name: keyof ServerSpec) =>
      read.number(s[name], `${path}.${name}`, LIMITS[name], where, true);
    return {
      weight: number('weight'),
      speed: number('speed'),
      concurrency: number('concurrency'),
      queueLimit: number('queueLimit'),
    };
  });
}

function readEvents(read: Checker, input: unknown, servers: number): ServerEvent[] {
  const list = read.list(input, 'events', LIMITS.events) ?? [];
  return list.map((raw, i) => {
    const path = `events[${i}]`;
    const where = `bei Ereignis ${i + 1}`;
    const e = read.object(raw, path, `Ereignis ${i + 1}`, true);
    if (typeof e.up !== 'boolean') {
      read.fail(
        `${path}.up`,
        CHOICE_LABELS.failedUp,
        `„${CHOICE_LABELS.failedUp}“ ${where} muss ja oder nein sein (erhalten: ${shown(e.up)}).`,
      );
    }
    const atMs = read.number(e.atMs, `${path}.atMs`, LIMITS.atMs, where);
    const server = read.member(e.server, `${path}.server`, CHOICE_LABELS.failedServer, servers, 'S', where);
    return { atMs, server, up: e.up === true };
  });
}

/**
 * Checks a scenario and fills in defaults for missing fields.
 *
 * @example
 * validateScenario({ servers: [{ weight: 0 }] });
 * // { ok: false, errors: [{ field: 'servers[0].weight', label: 'Gewicht',
 * //   message: '„Gewicht“ bei Server 1 muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).' }] }
 */
export function validateScenario(input: unknown): Validation<Scenario> {
  const read = new Checker();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    read.fail('', 'Szenario', `Das Szenario muss ein Objekt sein (erhalten: ${shown(input)}).`);
    return read.result(defaultScenario());
  }
  const root = input as Record<string, unknown>;
  const L = LIMITS;
  const d = defaultScenario();
  const servers = readServers(read, root.servers);
  const events = readEvents(read, root.events, servers.length);
  const clients = read.object(root.clients, 'clients', 'Clients', true);
  const arrival = read.object(root.arrival, 'arrival', 'Ankünfte', true);
  const requests = read.object(root.requests, 'requests', 'Anfragen', true);
  const service = read.object(requests.service, 'requests.service', 'Bearbeitungszeit', true);
  const longLived = read.object(requests.longLived, 'requests.longLived', 'langlebige Verbindungen', true);
  const serviceKind = read.choice(
    service.kind,
    'requests.service.kind',
    CHOICE_LABELS.service,
    SERVICE_KINDS,
    d.requests.service.kind,
    true,
  );
  const shape = serviceKind === 'lognormal' ? L.lognormal : L.pareto;
  const number = (value: unknown, field: string, range: (typeof L)[keyof typeof L]) =>
    read.number(value, field, range, undefined, true);

  const scenario: Scenario = {
    seed: number(root.seed, 'seed', L.seed),
    algorithm: read.choice(
      root.algorithm,
      'algorithm',
      CHOICE_LABELS.algorithm,
      ALGORITHM_IDS,
      d.algorithm,
      true,
    ),
    servers,
    events,
    clients: {
      count: number(clients.count, 'clients.count', L.clients),
      hotShare: number(clients.hotShare, 'clients.hotShare', L.hotShare),
    },
    arrival: {
      kind: read.choice(
        arrival.kind,
        'arrival.kind',
        CHOICE_LABELS.arrival,
        ARRIVAL_KINDS,
        d.arrival.kind,
        true,
      ),
      ratePerSecond: number(arrival.ratePerSecond, 'arrival.ratePerSecond', L.ratePerSecond),
      burstSize: number(arrival.burstSize, 'arrival.burstSize', L.burstSize),
    },
    requests: {
      count: number(requests.count, 'requests.count', L.requests),
      meanBytes: number(requests.meanBytes, 'requests.meanBytes', L.meanBytes),
      service: {
        kind: serviceKind,
        meanMs: number(service.meanMs, 'requests.service.meanMs', L.meanMs),
        shape: number(service.shape, 'requests.service.shape', shape),
      },
      longLived: {
        share: number(longLived.share, 'requests.longLived.share', L.longLivedShare),
        meanMs: number(longLived.meanMs, 'requests.longLived.meanMs', L.longLivedMeanMs),
      },
    },
    sampleIntervalMs: number(root.sampleIntervalMs, 'sampleIntervalMs', L.sampleIntervalMs),
  };
  return read.result(scenario);
}
