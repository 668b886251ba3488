// Validates scenarios coming from the URL or a form once, at the edge, with the shared checker
// (src/sim/shared/validate.ts): German messages that name the field by the lab's label and its
// allowed range; the engine then trusts the types. Cost: O(fields), plus parsing a typed trace.

import { Checker, defineRange, type Range, type Validation } from '../shared/validate.ts';
import type { HierarchyScenario, OnlinePolicyId } from './hierarchy.ts';
import { isPolicyId, POLICY_IDS, type PolicyId } from './policies.ts';
import type { CacheScenario } from './simulate.ts';
import { MAX_KEY, parseTrace, type Workload } from './workloads.ts';

const int = true;

/** Every numeric setting the engine accepts: label, bounds, default and unit; the lab's bounds derive from it. */
export const LIMITS = {
  capacity: defineRange({
    label: 'Cache-Größe',
    min: 1,
    max: 100_000,
    integer: int,
    default: 100,
    unit: 'Einträge',
  }),
  keys: defineRange({ label: 'Anzahl der Schlüssel', min: 1, max: MAX_KEY, integer: int, default: 1000 }),
  alpha: defineRange({ label: 'Zipf-Exponent α', min: 0, max: 3, default: 0.9 }),
  length: defineRange({
    label: 'Anzahl der Zugriffe',
    min: 1,
    max: 2_000_000,
    integer: int,
    default: 50_000,
  }),
  seed: defineRange({ label: 'Seed', min: 0, max: 4_294_967_295, integer: int, default: 1 }),
  ttl: defineRange({ label: 'TTL in Zugriffen', min: 1, max: 10_000_000, integer: int, default: 5000 }),
  windows: defineRange({ label: 'Anzahl der Zeitfenster', min: 1, max: 1000, integer: int, default: 100 }),
  clients: defineRange({ label: 'Anzahl der Clients', min: 1, max: 1000, integer: int, default: 100 }),
  browserSize: defineRange({
    label: 'Browser-Cache je Client',
    min: 0,
    max: 1000,
    integer: int,
    default: 10,
  }),
  servers: defineRange({ label: 'Anzahl der Anwendungsserver', min: 1, max: 64, integer: int, default: 4 }),
  localSize: defineRange({
    label: 'Lokaler Cache je Server',
    min: 0,
    max: 100_000,
    integer: int,
    default: 50,
  }),
  nodes: defineRange({ label: 'Cache-Knoten', min: 0, max: 64, integer: int, default: 4 }),
  nodeSize: defineRange({ label: 'Einträge je Knoten', min: 0, max: 100_000, integer: int, default: 100 }),
  virtualNodes: defineRange({
    label: 'Virtuelle Knoten je Knoten',
    min: 1,
    max: 1000,
    integer: int,
    default: 100,
  }),
  latency: defineRange({ label: 'Latenz', min: 0, max: 10_000, default: 0, unit: 'ms' }),
} as const satisfies Record<string, Range>;

const LATENCY_LABELS = {
  browser: 'Latenz des Browser-Caches',
  local: 'Latenz des lokalen Caches',
  distributed: 'Latenz des verteilten Caches',
  origin: 'Latenz der Datenbank',
} as const;

const WORKLOAD_KINDS = ['zipf', 'uniform', 'loop', 'shifting', 'scan', 'custom'] as const;
const ONLINE_POLICIES = POLICY_IDS.filter((id): id is OnlinePolicyId => id !== 'opt');

/** A range whose bounds depend on other fields (e.g. the warm-up on the trace's length). */
const within = (label: string, min: number, max: number): Range =>
  defineRange({ label, min, max: Math.max(min, max), integer: int, default: min });

function readWorkload(read: Checker, input: unknown): Workload {
  const source = read.object(input, 'workload', 'Lastmuster');
  const kind = read.choice(source.kind, 'workload.kind', 'Lastmuster', WORKLOAD_KINDS, 'uniform');
  if (kind === 'custom') {
    const text = typeof source.text === 'string' ? source.text : '';
    const parsed = parseTrace(text);
    if (!parsed.ok) read.fail('workload.text', 'Zugriffsfolge', parsed.message);
    return { kind, text };
  }
  if (!WORKLOAD_KINDS.includes(source.kind as Workload['kind']))
    return { kind: 'uniform', keys: 1, length: 1 };
  const number = (name: string, range: Range) => read.number(source[name], `workload.${name}`, range);
  const keys = number('keys', LIMITS.keys);
  const length = number('length', LIMITS.length);
  if (kind === 'uniform' || kind === 'loop') return { kind, keys, length };
  if (kind === 'scan') {
    const period = number('period', within('Abstand der Scans', 1, length));
    return {
      kind,
      keys,
      length,
      hotKeys: number('hotKeys', within('Größe des Hot Sets', 1, keys)),
      period,
      scanSpan: number('scanSpan', within('Dauer eines Scans', 1, period)),
    };
  }
  const alpha = number('alpha', LIMITS.alpha);
  if (kind === 'zipf') return { kind, keys, alpha, length };
  return {
    kind,
    keys,
    alpha,
    length,
    shiftEvery: number('shiftEvery', within('Verschiebungsintervall', 1, length)),
    shiftBy: number('shiftBy', within('Verschiebung', 1, keys)),
  };
}

function traceLength(workload: Workload): number {
  if (workload.kind !== 'custom') return workload.length;
  const parsed = parseTrace(workload.text);
  return parsed.ok ? parsed.trace.length : 1;
}

function readPolicies(read: Checker, value: unknown): PolicyId[] {
  const allowed = POLICY_IDS.map((id) => `„${id}“`).join(', ');
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every(isPolicyId) ||
    new Set(value).size !== value.length
  ) {
    read.fail(
      'policies',
      'Strategien',
      `„Strategien“ müssen eine nicht leere Liste ohne Wiederholung aus ${allowed} sein (erhalten: ${Array.isArray(value) ? 'eine Liste' : typeof value}).`,
    );
    return ['lru'];
  }
  return value;
}

/**
 * Checks a cache-lab scenario from the URL or a form.
 * @example
 * validateCacheScenario({ ...scenario, capacity: 0 });
 * // { ok: false, errors: [{ field: 'capacity', label: 'Cache-Größe',
 * //   message: '„Cache-Größe“ muss eine ganze Zahl von 1 bis 100.000 Einträge sein (erhalten: 0).' }] }
 */
export function validateCacheScenario(input: unknown): Validation<CacheScenario> {
  const read = new Checker();
  const source = read.object(input, '', 'Szenario');
  const workload = readWorkload(read, source.workload);
  const length = traceLength(workload);
  const number = (name: string, range: Range) => read.number(source[name], name, range);
  const value: CacheScenario = {
    workload,
    policies: readPolicies(read, source.policies),
    capacity: number('capacity', LIMITS.capacity),
    seed: number('seed', LIMITS.seed),
    ttl: number('ttl', LIMITS.ttl),
    windows: number('windows', LIMITS.windows),
    warmup: number('warmup', within('Aufwärmphase', 0, length - 1)),
  };
  return read.result(value);
}

/**
 * Checks a hierarchy scenario (OPT is not allowed: it cannot run online).
 * @example
 * validateHierarchyScenario({ ...scenario, nodes: 100 }).ok; // false — at most 64 nodes
 */
export function validateHierarchyScenario(input: unknown): Validation<HierarchyScenario> {
  const read = new Checker();
  const source = read.object(input, '', 'Szenario');
  const workload = readWorkload(read, source.workload);
  const number = (name: keyof typeof LIMITS) => read.number(source[name], name, LIMITS[name]);
  const policy = read.choice(source.policy, 'policy', 'Strategie', ONLINE_POLICIES, 'lru');
  const latencySource = read.object(source.latency, 'latency', 'Latenzen');
  const ms = (name: keyof typeof LATENCY_LABELS) =>
    read.number(latencySource[name], `latency.${name}`, { ...LIMITS.latency, label: LATENCY_LABELS[name] });
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
    seed: number('seed'),
    ttl: number('ttl'),
    clients: number('clients'),
    browserSize: number('browserSize'),
    servers: number('servers'),
    localSize: number('localSize'),
    nodes: number('nodes'),
    nodeSize: number('nodeSize'),
    virtualNodes: number('virtualNodes'),
    windows: number('windows'),
    failure: null,
  };
  if (source.failure !== null && source.failure !== undefined) {
    const failure = read.object(source.failure, 'failure', 'Knotenausfall');
    if (value.nodes < 2) {
      read.fail('failure', 'Knotenausfall', 'Ein Knotenausfall setzt mindestens 2 Cache-Knoten voraus.');
    } else {
      value.failure = {
        node: read.member(failure.node, 'failure.node', 'Ausfallender Knoten', value.nodes, 'K'),
        at: read.number(
          failure.at,
          'failure.at',
          within('Zeitpunkt des Ausfalls', 0, traceLength(workload) - 1),
        ),
      };
    }
  }
  return read.result(value);
}
