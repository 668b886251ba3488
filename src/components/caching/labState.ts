/**
 * The caching lab's state as it lives in the URL (keys prefixed `c.`, so they never clash with the
 * load-balancing lab's `lb-…`), its validation with German messages, and the translation into
 * engine scenarios (validated once more by the engine's own rules).
 */
import {
  isPolicyId,
  LIMITS,
  MAX_STEP_LENGTH,
  parseTrace,
  POLICY_IDS,
  validateCacheScenario,
  validateHierarchyScenario,
} from '../../sim/caching/index.ts';
import type { CacheScenario, HierarchyScenario, PolicyId, Workload } from '../../sim/caching/index.ts';
import { narrowRange } from '../../sim/shared/index.ts';
import { readWithPresets, type Preset } from '../lab/presets.ts';
import { choiceParam, intParam, rangeParam } from '../lab/urlState.ts';
import type { Param, ParamSpecs } from '../lab/urlState.ts';

export const PREFIX = 'c.';
/** Bélády, Nelson, Shedler (1969): FIFO has 9 faults with 3 frames and 10 with 4 on this string. */
export const BELADY_TRACE: readonly number[] = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
/** A hot set (1, 2) read three times each, a one-off scan (10 … 13), the hot set again. */
export const SCAN_TRACE: readonly number[] = [1, 2, 1, 2, 1, 2, 10, 11, 12, 13, 1, 2, 1, 2];
export const MODES = ['step', 'run'] as const;
export const WORKLOAD_KINDS = ['zipf', 'uniform', 'loop', 'shifting', 'scan'] as const;
/** Policies compared with the selected one, at most (four lines keep a chart readable). */
export const MAX_COMPARED = 3;
/** Largest number of slots in the step table. */
export const MAX_FRAMES = 8;
/** Distributed cache nodes the lab offers (the engine allows more). */
export const MAX_NODES = 16;
/** Scans per run of the workload "Hot Set mit Scans". */
export const SCANS = 5;
/** Time windows of the hit-ratio-over-time chart. */
export const WINDOWS = LIMITS.windows.default;
/** Fixed hierarchy settings: latencies in ms (typical orders of magnitude) and the front tiers. */
export const LATENCY = { browser: 0, local: 0.1, distributed: 1, origin: 10 } as const;
export const CLIENTS = LIMITS.clients.default;
export const SERVERS = LIMITS.servers.default;
export const VIRTUAL_NODES = LIMITS.virtualNodes.default;

/** The lab's numeric fields: the engine's ranges, narrowed where the lab offers less. */
export const RANGES = {
  // The step table shows every slot as a row; eight stay readable.
  frames: narrowRange(LIMITS.capacity, { label: 'Plätze im Cache', unit: '', max: MAX_FRAMES, default: 3 }),
  // A TTL longer than the longest step trace would never expire there.
  sttl: narrowRange(LIMITS.ttl, { max: MAX_STEP_LENGTH, default: 4 }),
  // Run mode stays responsive in the browser up to 100,000 keys and 500,000 accesses.
  keys: narrowRange(LIMITS.keys, { max: 100_000 }),
  alpha: LIMITS.alpha,
  len: narrowRange(LIMITS.length, { min: 1000, max: 500_000 }),
  size: LIMITS.capacity,
  ttl: LIMITS.ttl,
  seed: LIMITS.seed,
  nodes: narrowRange(LIMITS.nodes, { max: MAX_NODES }),
  nsize: LIMITS.nodeSize,
  lsize: LIMITS.localSize,
  bsize: LIMITS.browserSize,
} as const;

export type Mode = (typeof MODES)[number];
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface CacheLabState {
  mode: Mode;
  /** The selected policy: its table, its source. */
  policy: PolicyId;
  /** Policies compared side by side with the selected one. */
  cmp: PolicyId[];
  /** Step mode: the trace, the number of slots, TTL in accesses. */
  trace: number[];
  frames: number;
  sttl: number;
  /** Run mode: workload, cache size, TTL in accesses, seed. */
  wl: WorkloadKind;
  keys: number;
  alpha: number;
  len: number;
  size: number;
  ttl: number;
  seed: number;
  /** Hierarchy: distributed nodes and entries per node, local and browser cache sizes. */
  nodes: number;
  nsize: number;
  lsize: number;
  bsize: number;
  /** Distributed node (1-based) that fails halfway through the run, 0 for none. */
  fail: number;
}

export const DEFAULTS: CacheLabState = {
  mode: 'step',
  policy: 'fifo',
  cmp: [],
  trace: [...BELADY_TRACE],
  frames: RANGES.frames.default,
  sttl: RANGES.sttl.default,
  wl: 'zipf',
  keys: RANGES.keys.default,
  alpha: RANGES.alpha.default,
  len: RANGES.len.default,
  size: RANGES.size.default,
  ttl: RANGES.ttl.default,
  seed: RANGES.seed.default,
  nodes: RANGES.nodes.default,
  nsize: RANGES.nsize.default,
  lsize: RANGES.lsize.default,
  bsize: RANGES.bsize.default,
  fail: 0,
};

/**
 * A comma-separated list of distinct policy ids; empty or "none" is the empty list.
 * @example
 * policyListParam(3).parse('lru,opt'); // ['lru', 'opt']
 * policyListParam(3).parse('lru,lru'); // undefined
 */
export function policyListParam(max: number): Param<PolicyId[]> {
  return {
    allowed: `eine Liste ohne Wiederholung (durch Kommas getrennt, höchstens ${max}) aus ${POLICY_IDS.join(', ')} oder none`,
    parse: (raw) => {
      const text = raw.trim();
      if (text === '' || text === 'none') return [];
      const parts = text.split(',').map((part) => part.trim());
      if (parts.length > max || !parts.every(isPolicyId) || new Set(parts).size !== parts.length) {
        return undefined;
      }
      return parts;
    },
    format: (values) => values.join(','),
  };
}

/**
 * Why a typed trace cannot be used in the step table, in German (the engine's message), or null.
 * @example
 * traceProblem('1, 2, x'); // 'Eintrag 3 („x“) ist keine ganze Zahl ≥ 0.'
 */
export function traceProblem(text: string): string | null {
  const parsed = parseTrace(text);
  if (!parsed.ok) return parsed.message;
  if (parsed.trace.length > MAX_STEP_LENGTH) {
    return `Die Zugriffsfolge hat ${parsed.trace.length} Einträge; in der Tabelle sind höchstens ${MAX_STEP_LENGTH} möglich.`;
  }
  return null;
}

/** A step-mode trace: parsed by the engine, at most MAX_STEP_LENGTH entries. */
export const traceParam: Param<number[]> = {
  allowed: `eine Zugriffsfolge aus 1 bis ${MAX_STEP_LENGTH} Schlüsseln (ganze Zahlen ≥ 0, durch Kommas getrennt)`,
  parse: (raw) => {
    const parsed = parseTrace(raw);
    return parsed.ok && parsed.trace.length <= MAX_STEP_LENGTH ? Array.from(parsed.trace) : undefined;
  },
  format: (values) => values.join(','),
};

export const SPECS: ParamSpecs<CacheLabState> = {
  mode: choiceParam(MODES),
  policy: choiceParam(POLICY_IDS),
  cmp: policyListParam(MAX_COMPARED),
  trace: traceParam,
  frames: rangeParam(RANGES.frames),
  sttl: rangeParam(RANGES.sttl),
  wl: choiceParam(WORKLOAD_KINDS),
  keys: rangeParam(RANGES.keys),
  alpha: rangeParam(RANGES.alpha),
  len: rangeParam(RANGES.len),
  size: rangeParam(RANGES.size),
  ttl: rangeParam(RANGES.ttl),
  seed: rangeParam(RANGES.seed),
  nodes: rangeParam(RANGES.nodes),
  nsize: rangeParam(RANGES.nsize),
  lsize: rangeParam(RANGES.lsize),
  bsize: rangeParam(RANGES.bsize),
  fail: intParam(0, MAX_NODES),
};

/** Named scenarios of the lab, shared in the URL as `c.preset=<id>` (see lab/presets.ts). */
export const PRESETS: readonly Preset<CacheLabState>[] = [
  {
    id: 'belady',
    label: 'Belady-Anomalie',
    description:
      'Beladys Folge Schritt für Schritt mit FIFO, LRU und OPT. Die Tabelle darunter zeigt: FIFO hat mit 4 Plätzen ' +
      'mehr Fehlzugriffe als mit 3; OPT ist die untere Schranke.',
    state: { mode: 'step', policy: 'fifo', cmp: ['lru', 'opt'] },
  },
  {
    id: 'zipf',
    label: 'Zipf-Last',
    description:
      'Wenige Schlüssel sind sehr beliebt; der Cache fasst ein Zehntel der Schlüssel. LRU, LFU und OPT auf derselben Folge.',
    state: { mode: 'run', wl: 'zipf', policy: 'lru', cmp: ['lfu', 'opt'] },
  },
  {
    id: 'hotset',
    label: 'Wanderndes Hot Set',
    description:
      'Die beliebten Schlüssel wechseln viermal: LRU folgt ihnen sofort, LFU hängt an alten Zählern.',
    state: { mode: 'run', wl: 'shifting', policy: 'lru', cmp: ['lfu'] },
  },
  {
    id: 'scan',
    label: 'Scan gegen Hot Set',
    description:
      'Schritt für Schritt: Die Schlüssel 1 und 2 sind heiß, dann liest ein Scan 10 bis 13 je einmal. LRU ' +
      'verdrängt dabei das Hot Set, LFU behält es.',
    state: {
      mode: 'step',
      policy: 'lru',
      cmp: ['lfu', 'opt'],
      frames: 3,
      trace: [...SCAN_TRACE],
    },
  },
  {
    id: 'scanlauf',
    label: 'Scans im langen Lauf',
    description:
      'Ein Hot Set aus 100 Schlüsseln passt in den Cache (120 Plätze); fünfmal liest ein Scan die übrigen ' +
      'Schlüssel der Reihe nach. Während der Scans fällt LRU auf etwa 10 %, LFU behält das Hot Set.',
    state: { mode: 'run', wl: 'scan', keys: 1000, size: 120, policy: 'lru', cmp: ['lfu'] },
  },
  {
    id: 'schleife',
    label: 'Schleife, ein Schlüssel zu viel',
    description:
      'Ein Durchlauf über 101 Schlüssel bei 100 Plätzen: LRU und FIFO verdrängen stets den Schlüssel, der als ' +
      'Nächstes kommt; OPT zeigt, was möglich wäre.',
    state: { mode: 'run', wl: 'loop', keys: 101, size: 100, policy: 'lru', cmp: ['fifo', 'opt'] },
  },
];

/**
 * Reads the lab's state from a query string (a preset, `c.preset=zipf`, with other keys on top);
 * bad values give German messages and the defaults.
 * @example
 * readCacheState('?c.frames=0').errors[0]; // 'URL-Parameter „c.frames“: „0“ ist ungültig …'
 */
export function readCacheState(search: string): { state: CacheLabState; errors: string[] } {
  const { state, errors } = readWithPresets(search, PREFIX, SPECS, DEFAULTS, PRESETS);
  const key = `${PREFIX}trace`;
  const raw = new URLSearchParams(search).get(key);
  const problem = raw === null ? null : traceProblem(raw);
  if (problem !== null) {
    // The engine's message says what exactly is wrong with the typed trace.
    const at = errors.findIndex((message) => message.startsWith(`URL-Parameter „${key}“`));
    const message = `URL-Parameter „${key}“: ${problem} Verwendet wird Beladys Beispielfolge ${BELADY_TRACE.join(', ')}.`;
    if (at === -1) errors.push(message);
    else errors[at] = message;
  }
  if (state.fail > 0 && (state.fail > state.nodes || state.nodes < 2)) {
    errors.push(
      `URL-Parameter „${PREFIX}fail“: Knoten ${state.fail} kann nicht ausfallen (es gibt ${state.nodes} Cache-Knoten, ein Ausfall braucht mindestens 2). Kein Knoten fällt aus.`,
    );
    state.fail = 0;
  }
  return { state, errors };
}

/**
 * The selected policy first, then the compared ones (without repeats).
 * @example
 * policiesOf({ ...DEFAULTS, policy: 'lru', cmp: ['lru', 'opt'] }); // ['lru', 'opt']
 */
export function policiesOf(state: Pick<CacheLabState, 'policy' | 'cmp'>): PolicyId[] {
  return [state.policy, ...state.cmp.filter((id) => id !== state.policy)].slice(0, MAX_COMPARED + 1);
}

/**
 * The run-mode workload; a shifting hot set moves by a fifth of the keys four times per run. With
 * scans, a tenth of the keys is the hot set, and five times per run (in the middle of each fifth) a
 * scan phase of a twentieth of the run reads the cold keys.
 */
export function workloadOf(state: CacheLabState): Workload {
  const { keys, alpha, len: length } = state;
  switch (state.wl) {
    case 'zipf':
      return { kind: 'zipf', keys, alpha, length };
    case 'uniform':
    case 'loop':
      return { kind: state.wl, keys, length };
    case 'shifting':
      return {
        kind: 'shifting',
        keys,
        alpha,
        length,
        shiftEvery: Math.max(1, Math.round(length / 5)),
        shiftBy: Math.max(1, Math.round(keys / 5)),
      };
    case 'scan': {
      const period = Math.max(1, Math.round(length / SCANS));
      return {
        kind: 'scan',
        keys,
        length,
        hotKeys: Math.max(1, Math.min(keys - 1, Math.round(keys / 10))), // 1 if keys = 1
        period,
        scanSpan: Math.max(1, Math.round(period / 4)),
      };
    }
  }
}

/** The run-mode scenario, checked by the engine. */
export function toRunScenario(state: CacheLabState): { scenario?: CacheScenario; errors: string[] } {
  const checked = validateCacheScenario({
    workload: workloadOf(state),
    policies: policiesOf(state),
    capacity: state.size,
    seed: state.seed,
    ttl: state.ttl,
    windows: WINDOWS,
    warmup: 0,
  });
  return checked.ok
    ? { scenario: checked.value, errors: [] }
    : { errors: checked.errors.map((e) => e.message) };
}

/** The hierarchy scenario (OPT cannot run online, so the hierarchy then uses LRU), checked by the engine. */
export function toHierarchyScenario(state: CacheLabState): {
  scenario?: HierarchyScenario;
  errors: string[];
} {
  const checked = validateHierarchyScenario({
    workload: workloadOf(state),
    policy: state.policy === 'opt' ? 'lru' : state.policy,
    latency: { ...LATENCY },
    seed: state.seed,
    ttl: state.ttl,
    clients: CLIENTS,
    browserSize: state.bsize,
    servers: SERVERS,
    localSize: state.lsize,
    nodes: state.nodes,
    nodeSize: state.nsize,
    virtualNodes: VIRTUAL_NODES,
    windows: 50,
    failure: state.fail > 0 ? { node: state.fail - 1, at: Math.floor(state.len / 2) } : null,
  });
  return checked.ok
    ? { scenario: checked.value, errors: [] }
    : { errors: checked.errors.map((e) => e.message) };
}
