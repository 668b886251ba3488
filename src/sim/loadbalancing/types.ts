/**
 * Types of the load-balancing engine: the scenario (validated input), the view of the servers an
 * algorithm may read, and the result.
 */
import type { Random } from '../shared/random.ts';

export const ALGORITHM_IDS = [
  'roundRobin',
  'weightedRoundRobin',
  'leastConnections',
  'weightedLeastConnections',
  'ipHash',
  'random',
  'leastBandwidth',
  'powerOfTwoChoices',
] as const;
export type AlgorithmId = (typeof ALGORITHM_IDS)[number];

export const ARRIVAL_KINDS = ['constant', 'poisson', 'bursts'] as const;
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];

export const SERVICE_KINDS = ['constant', 'exponential', 'pareto', 'lognormal'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface ServerSpec {
  /** Share for the weighted algorithms, 1–100. */
  weight: number;
  /** Speed factor: service time is divided by it, 0.1–10. */
  speed: number;
  /** Requests served at the same time (workers), 1–1000. */
  concurrency: number;
  /** Requests that may wait when all workers are busy, 0–10000; beyond that a request is dropped. */
  queueLimit: number;
}

/** A server goes down (its queued and running requests are aborted) or comes back up. */
export interface ServerEvent {
  atMs: number;
  server: number;
  up: boolean;
}

export interface Scenario {
  seed: number;
  algorithm: AlgorithmId;
  servers: ServerSpec[];
  events: ServerEvent[];
  /** Client 0 is a NAT gateway sending `hotShare` of all requests; the others share the rest evenly. */
  clients: { count: number; hotShare: number };
  /** `bursts`: groups of `burstSize` simultaneous requests, the groups arriving as a Poisson process. */
  arrival: { kind: ArrivalKind; ratePerSecond: number; burstSize: number };
  requests: {
    count: number;
    /** Mean request+response size; sizes are exponentially distributed. */
    meanBytes: number;
    /** `shape` is α for Pareto and σ for log-normal (ignored otherwise). */
    service: { kind: ServiceKind; meanMs: number; shape: number };
    /** Long-lived connections (WebSocket, streaming) hold a worker for ~meanMs, independent of speed. */
    longLived: { share: number; meanMs: number };
  };
  /** Interval of the per-server timeline; 0 picks about 200 samples over the expected run. */
  sampleIntervalMs: number;
}

/** What an algorithm may read about the servers; maintained by the engine. */
export interface ServerState {
  readonly count: number;
  readonly weight: Int32Array;
  /** 1 = up, 0 = down. */
  readonly up: Uint8Array;
  /** Open connections: running plus queued requests. */
  readonly active: Int32Array;
  /** Indices of the up servers, ascending, in `upIndex[0..upCount)`. */
  readonly upIndex: Int32Array;
  readonly upCount: number;
}

export interface Balancer {
  /** The server for this request, or −1 when no server is up. */
  pick(nowMs: number, clientIp: number, bytes: number): number;
}

export type BalancerFactory = (servers: ServerState, random: Random) => Balancer;

/** Why a request was not served. */
export const DROP_NONE = 0;
export const DROP_QUEUE_FULL = 1;
export const DROP_NO_SERVER = 2;
export const DROP_SERVER_FAILED = 3;

export interface RequestLog {
  count: number;
  arrivalMs: Float64Array;
  /** Service start (equals the drop time for dropped requests). */
  startMs: Float64Array;
  endMs: Float64Array;
  /** end − arrival; −1 while the request is still queued or running. */
  latencyMs: Float64Array;
  /** −1 when no server was up. */
  server: Int16Array;
  /** DROP_NONE, DROP_QUEUE_FULL, DROP_NO_SERVER or DROP_SERVER_FAILED. */
  dropped: Uint8Array;
  client: Int32Array;
  bytes: Float64Array;
  longLived: Uint8Array;
}

export interface ServerSummary {
  requests: number;
  served: number;
  dropped: number;
  bytes: number;
  /** Busy worker time / (workers · duration), 0–1. */
  utilization: number;
  maxQueue: number;
}

export interface Timeline {
  intervalMs: number;
  samples: number;
  /** Flattened [sample · servers + server]. */
  active: Int32Array;
  queued: Int32Array;
  up: Uint8Array;
}

export interface LatencySummary {
  /** Served short requests (long-lived connections are left out of the percentiles). */
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * What a run hands out. Its arrays are read-only views of the run's own log (no copy per call, so
 * the lab can ask several times a second); read them, never write to them.
 */
export interface SimulationResult {
  readonly algorithm: AlgorithmId;
  readonly durationMs: number;
  readonly requests: Readonly<RequestLog>;
  readonly servers: readonly Readonly<ServerSummary>[];
  readonly timeline: Readonly<Timeline>;
  readonly latency: Readonly<LatencySummary>;
  readonly drops: Readonly<{ total: number; queueFull: number; noServer: number; serverFailed: number }>;
  /** Jain's index over requests per server and over utilization per server. */
  readonly fairness: Readonly<{ requests: number; utilization: number }>;
}
