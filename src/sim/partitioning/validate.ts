// Checks scenarios from the URL or a form once, at the edge, with the shared checker
// (src/sim/shared/validate.ts): German messages naming the field by the lab's label and its allowed
// range; the engine then trusts the types. Cost: O(fields).

import { Checker, defineRange, type Range, type Validation } from '../shared/validate.ts';
import { SCHEME_IDS, type NodeEvent } from './layout.ts';
import type { PartitionScenario } from './rebalance.ts';
import { QUORUM_FAILURES, type QuorumScenario } from './quorum.ts';
import { READ_POLICIES, REPLICATION_MODES, type ReplicationScenario } from './replication.ts';

const integer = true;

/** Every numeric setting the engine accepts; the lab's fields derive from these. */
export const LIMITS = {
  nodes: defineRange({ label: 'Knoten', min: 1, max: 64, integer, default: 3 }),
  virtualNodes: defineRange({
    label: 'Virtuelle Knoten je Knoten',
    min: 1,
    max: 1000,
    integer,
    default: 100,
  }),
  keys: defineRange({ label: 'Schlüssel', min: 1, max: 1_000_000, integer, default: 10_000 }),
  alpha: defineRange({ label: 'Zipf-Exponent α', min: 0, max: 3, default: 1 }),
  hotShare: defineRange({ label: 'Anteil des Promi-Schlüssels', min: 0, max: 1, default: 0 }),
  seed: defineRange({ label: 'Seed', min: 0, max: 4_294_967_295, integer, default: 1 }),
  followers: defineRange({ label: 'Follower', min: 1, max: 16, integer, default: 2 }),
  lagMs: defineRange({
    label: 'Mittlere Replikationsverzögerung',
    min: 0,
    max: 60_000,
    default: 200,
    unit: 'ms',
  }),
  readAfterMs: defineRange({
    label: 'Lesen nach dem Schreiben',
    min: 0,
    max: 60_000,
    default: 100,
    unit: 'ms',
  }),
  sessions: defineRange({ label: 'Sitzungen', min: 1, max: 100_000, integer, default: 1000 }),
  replicas: defineRange({ label: 'Replikate N', min: 1, max: 9, integer, default: 3 }),
  runs: defineRange({ label: 'Durchläufe', min: 1, max: 100_000, integer, default: 10_000 }),
} as const satisfies Record<string, Range>;

const EVENTS = ['none', 'join', 'leave', 'fail'] as const;

/** A quorum size 1..n; its bounds depend on N. */
const quorumRange = (label: string, n: number): Range =>
  defineRange({ label, min: 1, max: n, integer, default: 1 });

/**
 * Checks a partitioning scenario. The event is `{ kind: 'join' }`, `{ kind: 'leave' | 'fail', node }`
 * (node ids 0..nodes−1, shown as K1…) or null.
 *
 * @example
 * validatePartitionScenario({ ...scenario, nodes: 0 });
 * // { ok: false, errors: [{ field: 'nodes', label: 'Knoten',
 * //   message: '„Knoten“ muss eine ganze Zahl von 1 bis 64 sein (erhalten: 0).' }] }
 */
export function validatePartitionScenario(input: unknown): Validation<PartitionScenario> {
  const read = new Checker();
  const source = read.object(input, '', 'Szenario');
  const number = (name: keyof typeof LIMITS) => read.number(source[name], name, LIMITS[name]);
  const nodes = number('nodes');
  let event: NodeEvent | null = null;
  if (source.event !== null && source.event !== undefined) {
    const raw = read.object(source.event, 'event', 'Ereignis');
    const kind = read.choice(raw.kind, 'event.kind', 'Ereignis', EVENTS, 'none');
    if (kind === 'join') {
      if (nodes >= LIMITS.nodes.max)
        read.fail('event', 'Ereignis', `Mit ${LIMITS.nodes.max} Knoten kann kein weiterer hinzukommen.`);
      event = { kind };
    } else if (kind === 'leave' || kind === 'fail') {
      if (nodes < 2)
        read.fail('event', 'Ereignis', 'Entfernen oder Ausfallen setzt mindestens 2 Knoten voraus.');
      else event = { kind, node: read.member(raw.node, 'event.node', 'Betroffener Knoten', nodes, 'K') };
    }
  }
  return read.result({
    scheme: read.choice(source.scheme, 'scheme', 'Verfahren', SCHEME_IDS, 'ring'),
    nodes,
    virtualNodes: number('virtualNodes'),
    keys: number('keys'),
    popularity: read.choice(
      source.popularity,
      'popularity',
      'Verteilung der Zugriffe',
      ['uniform', 'zipf'],
      'uniform',
    ),
    alpha: number('alpha'),
    hotShare: number('hotShare'),
    event,
    seed: number('seed'),
  });
}

/**
 * Checks a leader–follower scenario.
 *
 * @example
 * validateReplicationScenario({ ...scenario, followers: 0 }).ok; // false — at least one follower
 */
export function validateReplicationScenario(input: unknown): Validation<ReplicationScenario> {
  const read = new Checker();
  const source = read.object(input, '', 'Szenario');
  const number = (name: keyof typeof LIMITS) => read.number(source[name], name, LIMITS[name]);
  return read.result({
    followers: number('followers'),
    mode: read.choice(source.mode, 'mode', 'Replikation', REPLICATION_MODES, 'async'),
    lagMs: number('lagMs'),
    readAfterMs: number('readAfterMs'),
    readPolicy: read.choice(source.readPolicy, 'readPolicy', 'Lesen von', READ_POLICIES, 'follower'),
    sessions: number('sessions'),
    seed: number('seed'),
  });
}

/**
 * Checks a quorum scenario: W and R lie in 1..N.
 *
 * @example
 * validateQuorumScenario({ ...scenario, n: 3, w: 4 }).errors[0].message;
 * // '„Schreibquorum W“ muss eine ganze Zahl von 1 bis 3 sein (erhalten: 4).'
 */
export function validateQuorumScenario(input: unknown): Validation<QuorumScenario> {
  const read = new Checker();
  const source = read.object(input, '', 'Szenario');
  const number = (name: keyof typeof LIMITS) => read.number(source[name], name, LIMITS[name]);
  const n = read.number(source.n, 'n', LIMITS.replicas);
  return read.result({
    n,
    w: read.number(source.w, 'w', quorumRange('Schreibquorum W', n)),
    r: read.number(source.r, 'r', quorumRange('Lesequorum R', n)),
    lagMs: number('lagMs'),
    readAfterMs: number('readAfterMs'),
    failure: read.choice(source.failure, 'failure', 'Störung', QUORUM_FAILURES, 'none'),
    runs: number('runs'),
    seed: number('seed'),
  });
}
