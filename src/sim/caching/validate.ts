// Validates scenarios coming from the URL or a form once, at the edge, with German messages that name
// the field and its allowed range; the engine then trusts the types. Cost: O(fields), plus parsing a
// typed trace.

import type { HierarchyScenario, OnlinePolicyId } from './hierarchy.ts';
import { isPolicyId, POLICY_IDS, type PolicyId } from './policies.ts';
import type { CacheScenario } from './simulate.ts';
import { MAX_KEY, parseTrace, type Workload } from './workloads.ts';

export interface FieldError {
  /** Path of the field, e.g. "workload.alpha". */
  field: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Allowed ranges (inclusive), also for the min/max of the lab's inputs. */
export const LIMITS = {
  capacity: [1, 100_000],
  keys: [1, MAX_KEY],
  alpha: [0, 3],
  length: [1, 2_000_000],
  seed: [0, 4_294_967_295],
  ttl: [1, 10_000_000],
  windows: [1, 1000],
  clients: [1, 1000],
  browserSize: [0, 1000],
  servers: [1, 64],
  localSize: [0, 100_000],
  nodes: [0, 64],
  nodeSize: [0, 100_000],
  virtualNodes: [1, 1000],
  latency: [0, 10_000],
} as const satisfies Record<string, readonly [number, number]>;

const LABELS: Record<string, string> = {
  capacity: 'Cache-Größe',
  keys: 'Anzahl der Schlüssel',
  alpha: 'Zipf-Exponent α',
  length: 'Länge der Zugriffsfolge',
  shiftEvery: 'Verschiebungsintervall',
  shiftBy: 'Verschiebung',
  seed: 'Seed',
  ttl: 'TTL',
  windows: 'Anzahl der Zeitfenster',
  warmup: 'Aufwärmphase',
  clients: 'Anzahl der Clients',
  browserSize: 'Größe des Browser-Caches',
  servers: 'Anzahl der Anwendungsserver',
  localSize: 'Größe des lokalen Caches',
  nodes: 'Anzahl der Cache-Knoten',
  nodeSize: 'Größe je Cache-Knoten',
  virtualNodes: 'Virtuelle Knoten je Knoten',
  browser: 'Latenz des Browser-Caches in ms',
  local: 'Latenz des lokalen Caches in ms',
  distributed: 'Latenz des verteilten Caches in ms',
  origin: 'Latenz der Datenbank in ms',
  node: 'Ausgefallener Knoten',
  at: 'Zeitpunkt des Ausfalls',
};

const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 });

function shown(value: unknown): string {
  if (typeof value === 'number') return de.format(value);
  if (value === undefined) return 'nichts';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `„${text.length > 20 ? `${text.slice(0, 20)}…` : text}“`;
}

/** Collects errors while reading fields of an untrusted object. */
class Reader {
  readonly errors: FieldError[] = [];

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(field, `${field} muss ein Objekt sein; erhalten: ${shown(value)}.`);
    return {};
  }

  number(
    source: Record<string, unknown>,
    path: string,
    name: string,
    min: number,
    max: number,
    integer: boolean,
  ): number {
    const value = source[name];
    const field = path === '' ? name : `${path}.${name}`;
    const ok = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
    if (!ok || value < min || value > max) {
      const kind = integer ? 'eine ganze Zahl' : 'eine Zahl';
      this.fail(
        field,
        `${LABELS[name] ?? name} (${field}) muss ${kind} von ${de.format(min)} bis ${de.format(max)} sein; erhalten: ${shown(value)}.`,
      );
      return min;
    }
    return value;
  }
}

function readWorkload(reader: Reader, input: unknown): Workload {
  const source = reader.object(input, 'workload');
  const kind = source.kind;
  const int = (name: string, min: number, max: number) =>
    reader.number(source, 'workload', name, min, max, true);
  if (kind === 'custom') {
    const text = typeof source.text === 'string' ? source.text : '';
    const parsed = parseTrace(text);
    if (!parsed.ok) reader.fail('workload.text', parsed.message);
    return { kind, text };
  }
  if (kind !== 'zipf' && kind !== 'uniform' && kind !== 'loop' && kind !== 'shifting') {
    reader.fail(
      'workload.kind',
      `Lastmuster (workload.kind) muss „zipf“, „uniform“, „loop“, „shifting“ oder „custom“ sein; erhalten: ${shown(kind)}.`,
    );
    return { kind: 'uniform', keys: 1, length: 1 };
  }
  const keys = int('keys', ...LIMITS.keys);
  const length = int('length', ...LIMITS.length);
  if (kind === 'uniform' || kind === 'loop') return { kind, keys, length };
  const alpha = reader.number(source, 'workload', 'alpha', ...LIMITS.alpha, false);
  if (kind === 'zipf') return { kind, keys, alpha, length };
  return {
    kind,
    keys,
    alpha,
    length,
    shiftEvery: int('shiftEvery', 1, length),
    shiftBy: int('shiftBy', 1, keys),
  };
}

function traceLength(workload: Workload): number {
  if (workload.kind !== 'custom') return workload.length;
  const parsed = parseTrace(workload.text);
  return parsed.ok ? parsed.trace.length : 1;
}

function readPolicies(reader: Reader, value: unknown): PolicyId[] {
  const allowed = POLICY_IDS.map((id) => `„${id}“`).join(', ');
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every(isPolicyId) ||
    new Set(value).size !== value.length
  ) {
    reader.fail(
      'policies',
      `Strategien (policies) müssen eine nicht leere Liste ohne Wiederholung aus ${allowed} sein; erhalten: ${shown(value)}.`,
    );
    return ['lru'];
  }
  return value;
}

/**
 * Checks a cache-lab scenario from the URL or a form.
 * @example
 * validateCacheScenario({ ...scenario, capacity: 0 });
 * // { ok: false, errors: [{ field: 'capacity', message: 'Cache-Größe (capacity) muss eine ganze Zahl von 1 bis 100.000 sein; erhalten: 0.' }] }
 */
export function validateCacheScenario(input: unknown): Validation<CacheScenario> {
  const reader = new Reader();
  const source = reader.object(input, 'Szenario');
  const workload = readWorkload(reader, source.workload);
  const length = traceLength(workload);
  const value: CacheScenario = {
    workload,
    policies: readPolicies(reader, source.policies),
    capacity: reader.number(source, '', 'capacity', ...LIMITS.capacity, true),
    seed: reader.number(source, '', 'seed', ...LIMITS.seed, true),
    ttl: reader.number(source, '', 'ttl', ...LIMITS.ttl, true),
    windows: reader.number(source, '', 'windows', ...LIMITS.windows, true),
    warmup: reader.number(source, '', 'warmup', 0, length - 1, true),
  };
  return reader.errors.length === 0 ? { ok: true, value } : { ok: false, errors: reader.errors };
}

/**
 * Checks a hierarchy scenario (OPT is not allowed: it cannot run online).
 * @example
 * validateHierarchyScenario({ ...scenario, nodes: 100 }).ok; // false — at most 64 nodes
 */
export function validateHierarchyScenario(input: unknown): Validation<HierarchyScenario> {
  const reader = new Reader();
  const source = reader.object(input, 'Szenario');
  const workload = readWorkload(reader, source.workload);
  const int = (name: keyof typeof LIMITS) => {
    const [min, max] = LIMITS[name];
    return reader.number(source, '', name, min, max, true);
  };
  let policy: OnlinePolicyId = 'lru';
  if (isPolicyId(source.policy) && source.policy !== 'opt') policy = source.policy;
  else
    reader.fail(
      'policy',
      `Strategie (policy) muss „lru“, „lfu“, „fifo“, „random“ oder „ttl“ sein; erhalten: ${shown(source.policy)}.`,
    );
  const latencySource = reader.object(source.latency, 'latency');
  const ms = (name: string) => reader.number(latencySource, 'latency', name, ...LIMITS.latency, false);
  const latency = {
    browser: ms('browser'),
    local: ms('local'),
    distributed: ms('distributed'),
    origin: ms('origin'),
  };
  const value: HierarchyScenario = {
    workload,
    policy,
    latency,
    seed: int('seed'),
    ttl: int('ttl'),
    clients: int('clients'),
    browserSize: int('browserSize'),
    servers: int('servers'),
    localSize: int('localSize'),
    nodes: int('nodes'),
    nodeSize: int('nodeSize'),
    virtualNodes: int('virtualNodes'),
    windows: int('windows'),
    failure: null,
  };
  if (source.failure !== null && source.failure !== undefined) {
    const failure = reader.object(source.failure, 'failure');
    if (value.nodes < 2) {
      reader.fail('failure', 'Ein Knotenausfall (failure) setzt mindestens 2 Cache-Knoten voraus.');
    } else {
      const node = reader.number(failure, 'failure', 'node', 0, value.nodes - 1, true);
      value.failure = {
        node,
        at: reader.number(failure, 'failure', 'at', 0, traceLength(workload) - 1, true),
      };
    }
  }
  return reader.errors.length === 0 ? { ok: true, value } : { ok: false, errors: reader.errors };
}
