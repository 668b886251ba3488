/**
 * The partitioning lab's state as it lives in the URL (keys prefixed `p.`, so they never clash with
 * another lab's), read with German notes, and its translation into engine scenarios (validated once
 * more by the engine's own rules). The numeric fields take their ranges from the engine's LIMITS.
 */
import {
  LIMITS,
  QUORUM_FAILURES,
  READ_POLICIES,
  REPLICATION_MODES,
  SCHEME_IDS,
  validatePartitionScenario,
  validateQuorumScenario,
  validateReplicationScenario,
} from '../../sim/partitioning/index.ts';
import type {
  NodeEvent,
  PartitionScenario,
  QuorumFailure,
  QuorumScenario,
  ReadPolicy,
  ReplicationMode,
  ReplicationScenario,
  SchemeId,
} from '../../sim/partitioning/index.ts';
import { narrowRange, scaleRange } from '../../sim/shared/index.ts';
import { choiceParam, intParam, rangeParam, readUrlState } from '../lab/urlState.ts';
import type { ParamSpecs } from '../lab/urlState.ts';

export const PREFIX = 'p.';
export const VIEWS = ['place', 'leader', 'quorum'] as const;
export const EVENTS = ['none', 'join', 'leave', 'fail'] as const;
export const POPULARITIES = ['uniform', 'zipf'] as const;
/** Nodes the lab offers (the engine allows more; 16 bars stay readable). */
export const MAX_NODES = 16;

/** The lab's numeric fields: the engine's ranges, narrowed where the lab offers less. */
export const RANGES = {
  nodes: narrowRange(LIMITS.nodes, { max: MAX_NODES }),
  vnodes: LIMITS.virtualNodes,
  // 100,000 keys place in well under 100 ms per scheme, so the comparison of all five stays quick.
  keys: narrowRange(LIMITS.keys, { min: 100, max: 100_000 }),
  alpha: LIMITS.alpha,
  hot: scaleRange(LIMITS.hotShare, 100, '%'),
  seed: LIMITS.seed,
  followers: narrowRange(LIMITS.followers, { max: 8 }),
  lag: narrowRange(LIMITS.lagMs, { max: 10_000 }),
  after: narrowRange(LIMITS.readAfterMs, { max: 10_000 }),
  sessions: narrowRange(LIMITS.sessions, { max: 20_000 }),
  qn: LIMITS.replicas,
  qlag: narrowRange(LIMITS.lagMs, { max: 10_000, default: 50 }),
  qafter: narrowRange(LIMITS.readAfterMs, { max: 10_000, default: 0 }),
  runs: narrowRange(LIMITS.runs, { max: 20_000 }),
} as const;

export type View = (typeof VIEWS)[number];
export type EventKind = (typeof EVENTS)[number];

export interface PartitionLabState {
  view: View;
  /** Partitioning: scheme, nodes, virtual nodes, keys, popularity, α, celebrity share in %, event. */
  scheme: SchemeId;
  nodes: number;
  vnodes: number;
  keys: number;
  pop: (typeof POPULARITIES)[number];
  alpha: number;
  hot: number;
  event: EventKind;
  /** The node (1-based, K1 …) that leaves or fails. */
  node: number;
  seed: number;
  /** Leader–follower replication. */
  followers: number;
  mode: ReplicationMode;
  lag: number;
  after: number;
  read: ReadPolicy;
  sessions: number;
  /** Leaderless quorums. */
  qn: number;
  qw: number;
  qr: number;
  qlag: number;
  qafter: number;
  fault: QuorumFailure;
  runs: number;
}

export const DEFAULTS: PartitionLabState = {
  view: 'place',
  scheme: 'ring',
  nodes: RANGES.nodes.default,
  vnodes: RANGES.vnodes.default,
  keys: RANGES.keys.default,
  pop: 'uniform',
  alpha: RANGES.alpha.default,
  hot: RANGES.hot.default,
  event: 'join',
  node: 1,
  seed: RANGES.seed.default,
  followers: RANGES.followers.default,
  mode: 'async',
  lag: RANGES.lag.default,
  after: RANGES.after.default,
  read: 'follower',
  sessions: RANGES.sessions.default,
  qn: RANGES.qn.default,
  qw: 2,
  qr: 2,
  qlag: RANGES.qlag.default,
  qafter: RANGES.qafter.default,
  fault: 'none',
  runs: RANGES.runs.default,
};

export const SPECS: ParamSpecs<PartitionLabState> = {
  view: choiceParam(VIEWS),
  scheme: choiceParam(SCHEME_IDS),
  nodes: rangeParam(RANGES.nodes),
  vnodes: rangeParam(RANGES.vnodes),
  keys: rangeParam(RANGES.keys),
  pop: choiceParam(POPULARITIES),
  alpha: rangeParam(RANGES.alpha),
  hot: rangeParam(RANGES.hot),
  event: choiceParam(EVENTS),
  node: intParam(1, MAX_NODES),
  seed: rangeParam(RANGES.seed),
  followers: rangeParam(RANGES.followers),
  mode: choiceParam(REPLICATION_MODES),
  lag: rangeParam(RANGES.lag),
  after: rangeParam(RANGES.after),
  read: choiceParam(READ_POLICIES),
  sessions: rangeParam(RANGES.sessions),
  qn: rangeParam(RANGES.qn),
  qw: { ...intParam(1, LIMITS.replicas.max), label: 'Schreibquorum W' },
  qr: { ...intParam(1, LIMITS.replicas.max), label: 'Lesequorum R' },
  qlag: rangeParam(RANGES.qlag),
  qafter: rangeParam(RANGES.qafter),
  fault: choiceParam(QUORUM_FAILURES),
  runs: rangeParam(RANGES.runs),
};

/**
 * Reads the lab's state from a query string; bad values and impossible combinations (a node that
 * does not exist, W above N) give German notes and a sensible setting, never a dead end.
 *
 * @example
 * readPartitionState('?p.nodes=3&p.event=leave&p.node=5').errors[0];
 * // 'URL-Parameter „p.node“: Knoten K5 gibt es bei 3 Knoten nicht. Es geht K3.'
 */
export function readPartitionState(search: string): { state: PartitionLabState; errors: string[] } {
  const { state, errors } = readUrlState(search, PREFIX, SPECS, DEFAULTS);
  if ((state.event === 'leave' || state.event === 'fail') && state.node > state.nodes) {
    const last = state.nodes;
    errors.push(
      `URL-Parameter „${PREFIX}node“: Knoten K${state.node} gibt es bei ${state.nodes} Knoten nicht. Es geht K${last}.`,
    );
    state.node = last;
  }
  if ((state.event === 'leave' || state.event === 'fail') && state.nodes < 2) {
    errors.push(
      `URL-Parameter „${PREFIX}event“: Bei einem einzigen Knoten kann keiner gehen oder ausfallen. Stattdessen kommt ein Knoten hinzu.`,
    );
    state.event = 'join';
  }
  if (state.event === 'join' && state.nodes >= MAX_NODES) {
    errors.push(
      `URL-Parameter „${PREFIX}event“: Mehr als ${MAX_NODES} Knoten bietet das Labor nicht. Stattdessen geht K${state.nodes}.`,
    );
    state.event = 'leave';
    state.node = state.nodes;
  }
  for (const [key, label] of [
    ['qw', 'Schreibquorum W'],
    ['qr', 'Lesequorum R'],
  ] as const) {
    if (state[key] > state.qn) {
      errors.push(
        `Feld „${label}“, URL-Parameter „${PREFIX}${key}“: ${state[key]} ist größer als N = ${state.qn}. Verwendet wird ${state.qn}.`,
      );
      state[key] = state.qn;
    }
  }
  return { state, errors };
}

/** The event as the engine takes it. */
export function eventOf(state: PartitionLabState): NodeEvent | null {
  if (state.event === 'none') return null;
  if (state.event === 'join') return { kind: 'join' };
  return { kind: state.event, node: state.node - 1 };
}

type Checked<T> = { scenario?: T; errors: string[] };
const checked = <T>(
  result: { ok: true; value: T } | { ok: false; errors: { message: string }[] },
): Checked<T> =>
  result.ok ? { scenario: result.value, errors: [] } : { errors: result.errors.map((e) => e.message) };

/**
 * The partitioning scenario for a scheme (default: the selected one), checked by the engine.
 *
 * @example
 * toPartitionScenario(DEFAULTS).scenario?.event; // { kind: 'join' }
 */
export function toPartitionScenario(
  state: PartitionLabState,
  scheme = state.scheme,
): Checked<PartitionScenario> {
  return checked(
    validatePartitionScenario({
      scheme,
      nodes: state.nodes,
      virtualNodes: state.vnodes,
      keys: state.keys,
      popularity: state.pop,
      alpha: state.alpha,
      hotShare: state.hot / 100,
      event: eventOf(state),
      seed: state.seed,
    }),
  );
}

/** The leader–follower scenario, checked by the engine. */
export function toReplicationScenario(state: PartitionLabState): Checked<ReplicationScenario> {
  return checked(
    validateReplicationScenario({
      followers: state.followers,
      mode: state.mode,
      lagMs: state.lag,
      readAfterMs: state.after,
      readPolicy: state.read,
      sessions: state.sessions,
      seed: state.seed,
    }),
  );
}

/** The quorum scenario, checked by the engine. */
export function toQuorumScenario(state: PartitionLabState): Checked<QuorumScenario> {
  return checked(
    validateQuorumScenario({
      n: state.qn,
      w: state.qw,
      r: state.qr,
      lagMs: state.qlag,
      readAfterMs: state.qafter,
      failure: state.fault,
      runs: state.runs,
      seed: state.seed,
    }),
  );
}
