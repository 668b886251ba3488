/**
 * The load-balancing lab's state as it lives in the URL (keys prefixed `lb-`), its presets, and
 * the translation into an engine scenario. Bounds and defaults come from the engine's LIMITS; where
 * the lab offers less (fewer requests, so the browser stays quick), it narrows them and says why.
 */
import {
  ALGORITHM_IDS,
  ARRIVAL_KINDS,
  CHOICE_LABELS,
  LIMITS,
  SERVICE_KINDS,
  validateScenario,
} from '../../sim/loadbalancing/index.ts';
import type { AlgorithmId, ArrivalKind, Scenario, ServiceKind } from '../../sim/loadbalancing/index.ts';
import { formatNumber, narrowRange, scaleRange } from '../../sim/shared/index.ts';
import { presetSettings, readWithPresets, type Preset } from '../lab/presets.ts';
import { choiceParam, intParam, listParam, rangeParam } from '../lab/urlState.ts';
import type { ParamSpecs } from '../lab/urlState.ts';

export const PREFIX = 'lb-';

export interface LbState {
  algo: AlgorithmId;
  /** Second algorithm for Compare mode, or 'none'. */
  cmp: AlgorithmId | 'none';
  n: number;
  /** Weights and speeds per server; missing entries count as 1. */
  w: number[];
  v: number[];
  conc: number;
  q: number;
  rate: number;
  arr: ArrivalKind;
  svc: ServiceKind;
  ms: number;
  /** Percent of requests that are long-lived connections (20 s on average). */
  long: number;
  /** Percent of requests from one client behind a NAT. */
  hot: number;
  /** Server (1-based) that fails, 0 for none; when it fails and comes back (s; 0 = stays down). */
  down: number;
  downat: number;
  upat: number;
  count: number;
  seed: number;
}

const seconds = scaleRange(LIMITS.atMs, 1 / 1000, 's');

/** The lab's numeric fields: the engine's ranges, narrowed where the lab offers less. */
export const RANGES = {
  n: narrowRange(LIMITS.servers, { label: 'Anzahl' }),
  conc: LIMITS.concurrency,
  q: LIMITS.queueLimit,
  // A browser run stays well under a second up to 20,000 requests at 2,000 per second.
  rate: narrowRange(LIMITS.ratePerSecond, { min: 1, max: 2000 }),
  ms: narrowRange(LIMITS.meanMs, { min: 1, max: 2000 }),
  count: narrowRange(LIMITS.requests, { min: 100, max: 20_000 }),
  // Shares as percent; more than half long-lived connections only fills every worker.
  long: narrowRange(scaleRange(LIMITS.longLivedShare, 100, '%'), { max: 50 }),
  hot: scaleRange(LIMITS.hotShare, 100, '%'),
  // Failure times in seconds, within an hour of simulated time.
  downat: narrowRange(seconds, { label: 'Ausfall ab', max: 3600, default: 5 }),
  upat: narrowRange(seconds, { label: 'wieder verfügbar ab', max: 3600 }),
  seed: LIMITS.seed,
} as const;

export const DEFAULTS: LbState = {
  algo: 'roundRobin',
  cmp: 'none',
  n: RANGES.n.default,
  w: [LIMITS.weight.default],
  v: [LIMITS.speed.default],
  conc: RANGES.conc.default,
  q: RANGES.q.default,
  rate: RANGES.rate.default,
  arr: 'poisson',
  svc: 'exponential',
  ms: RANGES.ms.default,
  long: RANGES.long.default,
  hot: RANGES.hot.default,
  down: 0,
  downat: RANGES.downat.default,
  upat: RANGES.upat.default,
  count: RANGES.count.default,
  seed: RANGES.seed.default,
};

export const SPECS: ParamSpecs<LbState> = {
  algo: choiceParam(ALGORITHM_IDS),
  cmp: choiceParam(['none', ...ALGORITHM_IDS] as const),
  n: rangeParam(RANGES.n),
  w: listParam(rangeParam(LIMITS.weight), LIMITS.servers.max),
  v: listParam(rangeParam(LIMITS.speed), LIMITS.servers.max),
  conc: rangeParam(RANGES.conc),
  q: rangeParam(RANGES.q),
  rate: rangeParam(RANGES.rate),
  arr: choiceParam(ARRIVAL_KINDS),
  svc: choiceParam(SERVICE_KINDS),
  ms: rangeParam(RANGES.ms),
  long: rangeParam(RANGES.long),
  hot: rangeParam(RANGES.hot),
  down: intParam(0, LIMITS.servers.max),
  downat: rangeParam(RANGES.downat),
  upat: rangeParam(RANGES.upat),
  count: rangeParam(RANGES.count),
  seed: rangeParam(RANGES.seed),
};

export const PRESETS: readonly Preset<LbState>[] = [
  {
    id: 'heterogen',
    label: 'Heterogene Server',
    description:
      'Ein schneller Server (4× so schnell, Gewicht 4) und drei langsame. Round Robin überlastet die langsamen, ' +
      'Weighted Least Connections verteilt nach freier Kapazität.',
    state: {
      algo: 'roundRobin',
      cmp: 'weightedLeastConnections',
      n: 4,
      w: [4, 1, 1, 1],
      v: [4, 1, 1, 1],
      rate: 300,
      count: 3000,
    },
  },
  {
    id: 'langlebig',
    label: 'Langlebige Verbindungen',
    description:
      '1 % der Anfragen sind langlebige Verbindungen (WebSocket, im Mittel 20 s); Server 4 kommt erst nach 8 s dazu. ' +
      'Round Robin gibt ihm nur ein Viertel der neuen Anfragen, während die anderen voll sind; Least Connections füllt ihn.',
    state: {
      algo: 'roundRobin',
      cmp: 'leastConnections',
      n: 4,
      conc: 8,
      long: 1,
      rate: 120,
      count: 3600,
      down: 4,
      downat: 0,
      upat: 8,
    },
  },
  {
    id: 'nat',
    label: 'Firmen-NAT: viele Nutzer, eine Adresse',
    description:
      '40 % aller Anfragen kommen von einer einzigen IP-Adresse (ein Firmen-NAT). IP-Hash schickt sie alle zum selben ' +
      'Server; Least Connections verteilt sie.',
    state: { algo: 'ipHash', cmp: 'leastConnections', n: 4, hot: 40, rate: 180, count: 3000 },
  },
  {
    id: 'ausfall',
    label: 'Server fällt aus',
    description:
      'Server 2 fällt bei 10 s aus und ist ab 20 s wieder da (10 s Ausfall, im Latenzdiagramm markiert). Laufende und wartende ' +
      'Anfragen brechen ab; das Labor erkennt den Ausfall sofort, wie ein idealer Health Check. 240 Anfragen pro Sekunde ' +
      'lasten vier Server zu drei Vierteln aus; die drei übrigen arbeiten an ihrer Grenze.',
    state: {
      algo: 'roundRobin',
      cmp: 'leastConnections',
      n: 4,
      down: 2,
      downat: 10,
      upat: 20,
      // Three servers with 4 workers at 50 ms serve 240 requests per second: exactly the offered
      // load, so the survivors queue visibly during the outage (tests/unit/loadbalancing/outage-experiment).
      rate: 240,
      count: 7200,
    },
  },
];

/** The state of a preset: the defaults with the preset's fields. */
export function presetState(id: string): LbState {
  return presetSettings(PRESETS, DEFAULTS, id);
}

/**
 * Reads the lab's state from a query string (a preset, `lb-preset=nat`, with other keys on top);
 * bad values give German messages and defaults.
 *
 * @example
 * readLbState('?lb-n=abc').errors[0]; // 'URL-Parameter „lb-n“: „abc“ ist ungültig …'
 */
export function readLbState(search: string): { state: LbState; errors: string[] } {
  const { state, errors } = readWithPresets(search, PREFIX, SPECS, DEFAULTS, PRESETS);
  if (state.down > state.n) {
    errors.push(
      `Feld „${CHOICE_LABELS.failedServer}“, URL-Parameter „${PREFIX}down“: Server ${state.down} gibt es nicht (es sind ${state.n} Server). Kein Server fällt aus.`,
    );
    state.down = 0;
  }
  if (state.down > 0 && state.upat > 0 && state.upat <= state.downat) {
    errors.push(
      `URL-Parameter „${PREFIX}upat“: Server ${state.down} kann nach ${formatNumber(state.upat)} s nicht zurückkommen, ` +
        `er fällt erst nach ${formatNumber(state.downat)} s aus („${PREFIX}downat“). Er bleibt ausgefallen (wie „wieder verfügbar ab“ = 0).`,
    );
    state.upat = 0;
  }
  return { state, errors };
}

/** The value for server i from a per-server list, 1 when the list is shorter. */
export function perServer(list: readonly number[], i: number): number {
  return list[i] ?? 1;
}

/**
 * The engine scenario for a lab state and one algorithm (Compare mode builds two, identical but for
 * the algorithm, so both see the same workload).
 */
export function toScenario(
  state: LbState,
  algorithm: AlgorithmId,
): { scenario?: Scenario; errors: string[] } {
  const events =
    state.down > 0
      ? [
          { atMs: state.downat * 1000, server: state.down - 1, up: false },
          ...(state.upat > state.downat
            ? [{ atMs: state.upat * 1000, server: state.down - 1, up: true }]
            : []),
        ]
      : [];
  const checked = validateScenario({
    seed: state.seed,
    algorithm,
    servers: Array.from({ length: state.n }, (_, i) => ({
      weight: perServer(state.w, i),
      speed: perServer(state.v, i),
      concurrency: state.conc,
      queueLimit: state.q,
    })),
    events,
    clients: { count: 5000, hotShare: state.hot / 100 },
    arrival: { kind: state.arr, ratePerSecond: state.rate, burstSize: LIMITS.burstSize.default },
    requests: {
      count: state.count,
      meanBytes: 20_000,
      service: {
        kind: state.svc,
        meanMs: state.ms,
        shape: state.svc === 'lognormal' ? LIMITS.lognormal.default : LIMITS.pareto.default,
      },
      longLived: { share: state.long / 100, meanMs: 20_000 },
    },
  });
  return checked.ok
    ? { scenario: checked.value, errors: [] }
    : { errors: checked.errors.map((error) => error.message) };
}
