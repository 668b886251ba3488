// A cache hierarchy as in web architectures: each client's browser cache, then the in-process cache of
// the application server that takes the request, then a distributed cache whose nodes share the keys by
// consistent hashing, and finally the origin database. A request walks down until a level has the key
// and pays every level's latency on the way; all levels it passed keep a copy. Cost per request: O(1)
// per level plus O(log points) for the ring, nothing allocated; a node failure rebuilds the ring once.

import { deriveSeed, mulberry32 } from '../shared/random.ts';
import { createRing, nodeFor } from '../shared/consistentHash.ts';
import { createCache, type PolicyId } from './policies.ts';
import type { Cache } from './types.ts';
import { traceFor, type Workload } from './workloads.ts';

export type OnlinePolicyId = Exclude<PolicyId, 'opt'>;
export const LEVELS = ['browser', 'local', 'distributed', 'origin'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  browser: 'Browser-Cache',
  local: 'Lokaler Cache (im Prozess)',
  distributed: 'Verteilter Cache',
  origin: 'Ursprungsdatenbank',
};

export interface HierarchySettings {
  seed: number;
  /** Policy of every cache level (OPT cannot run online). */
  policy: OnlinePolicyId;
  /** TTL in accesses, for policy 'ttl'. */
  ttl: number;
  /** Clients, each with its own browser cache of `browserSize` entries (0 = no browser cache). */
  clients: number;
  browserSize: number;
  /** Application servers, each with a local cache of `localSize` entries; requests reach a random one. */
  servers: number;
  localSize: number;
  /** Distributed cache: `nodes` nodes of `nodeSize` entries each (0 nodes = none). */
  nodes: number;
  nodeSize: number;
  virtualNodes: number;
  /** Latency of looking at each level in ms. */
  latency: Record<Level, number>;
  /** A distributed node that fails at access `at` (its keys fall to the next nodes on the ring). */
  failure: { node: number; at: number } | null;
  windows: number;
}

export interface HierarchyScenario extends HierarchySettings {
  workload: Workload;
}

export interface LevelResult {
  level: Level;
  label: string;
  /** Requests that reached this level. */
  requests: number;
  /** Requests answered here. */
  hits: number;
  /** hits / requests: how good this level is at what reaches it. */
  hitRatio: number;
  /** hits / all requests: this level's part of the total traffic. */
  share: number;
}

export interface FailureResult {
  node: number;
  at: number;
  /** Share of the distributed level's requests that the failed node served before it failed. */
  failedShare: number;
  /** Origin load in equally long stretches just before and just after the failure. */
  originLoadBefore: number;
  originLoadAfter: number;
  /** Additional origin requests in the stretch after the failure compared to the one before. */
  extraOriginRequests: number;
}

export interface HierarchyResult {
  requests: number;
  levels: LevelResult[];
  averageLatency: number;
  /** Share of requests that reach the origin database. */
  originLoad: number;
  /** Requests each distributed node received (index = node id). */
  nodeRequests: number[];
  windowEnd: Int32Array;
  windowOriginLoad: Float64Array;
  windowLatency: Float64Array;
  failure: FailureResult | null;
}

function caches(count: number, size: number, scenario: HierarchySettings, random: () => number): Cache[] {
  if (size === 0) return [];
  return Array.from({ length: count }, () =>
    createCache(scenario.policy, size, { ttl: scenario.ttl, random }),
  );
}

/**
 * Generates the workload (the same trace as `simulate` for the same seed) and runs the hierarchy.
 * @example
 * simulateHierarchy({ workload: { kind: 'zipf', keys: 10_000, alpha: 0.9, length: 100_000 }, ...settings });
 */
export function simulateHierarchy(scenario: HierarchyScenario): HierarchyResult {
  return runHierarchy(traceFor(scenario.workload, scenario.seed), scenario);
}

/**
 * Sends every access of the trace through browser → local → distributed → origin.
 * @example
 * runHierarchy(trace, { seed: 1, policy: 'lru', ttl: 1000, clients: 50, browserSize: 20,
 *   servers: 4, localSize: 200, nodes: 8, nodeSize: 1000, virtualNodes: 100,
 *   latency: { browser: 0, local: 0.1, distributed: 1, origin: 20 }, failure: null, windows: 50 }).originLoad;
 */
export function runHierarchy(trace: Int32Array, scenario: HierarchySettings): HierarchyResult {
  const { latency, failure } = scenario;
  const n = trace.length;
  const route = mulberry32(deriveSeed(scenario.seed, 2));
  const evict = mulberry32(deriveSeed(scenario.seed, 3));
  const browsers = caches(scenario.clients, scenario.browserSize, scenario, evict);
  const locals = caches(scenario.servers, scenario.localSize, scenario, evict);
  let nodeCaches = caches(scenario.nodes, scenario.nodeSize, scenario, evict);
  const nodeIds = Array.from({ length: nodeCaches.length }, (_, node) => node);
  let ring = createRing(nodeIds, scenario.virtualNodes);

  const reached = new Float64Array(4);
  const hits = new Float64Array(4);
  const nodeRequests = new Array<number>(nodeCaches.length).fill(0);
  const count = Math.max(1, Math.min(scenario.windows, n));
  const windowEnd = new Int32Array(count);
  const windowOriginLoad = new Float64Array(count);
  const windowLatency = new Float64Array(count);
  const originAt = new Uint8Array(n); // 1 where the request went to the origin
  let totalLatency = 0;
  let failedShare = 0;

  let time = 0;
  for (let w = 0; w < count; w++) {
    const end = Math.round(((w + 1) * n) / count);
    let windowOrigin = 0;
    let windowTotal = 0;
    for (; time < end; time++) {
      if (failure !== null && time === failure.at && nodeCaches.length > 0) {
        failedShare = reached[2] > 0 ? nodeRequests[failure.node] / reached[2] : 0;
        ring = createRing(
          nodeIds.filter((node) => node !== failure.node),
          scenario.virtualNodes,
        );
        nodeCaches = nodeCaches.slice();
        nodeCaches[failure.node] = createCache(scenario.policy, 0, { ttl: scenario.ttl, random: evict });
      }
      const key = trace[time];
      // Draw both routes every time so the streams do not depend on the cache contents.
      const client = Math.floor(route() * scenario.clients);
      const server = Math.floor(route() * scenario.servers);
      let cost = 0;
      let level = 3;
      if (browsers.length > 0) {
        cost += latency.browser;
        reached[0]++;
        if (browsers[client].access(key, time)) level = 0;
      }
      if (level === 3 && locals.length > 0) {
        cost += latency.local;
        reached[1]++;
        if (locals[server].access(key, time)) level = 1;
      }
      if (level === 3 && nodeCaches.length > 0) {
        cost += latency.distributed;
        reached[2]++;
        const node = nodeFor(ring, key);
        nodeRequests[node]++;
        if (nodeCaches[node].access(key, time)) level = 2;
      }
      if (level === 3) {
        cost += latency.origin;
        reached[3]++;
        originAt[time] = 1;
        windowOrigin++;
      }
      hits[level]++;
      totalLatency += cost;
      windowTotal += cost;
    }
    const size = end - (w === 0 ? 0 : windowEnd[w - 1]);
    windowEnd[w] = end;
    windowOriginLoad[w] = size > 0 ? windowOrigin / size : 0;
    windowLatency[w] = size > 0 ? windowTotal / size : 0;
  }

  const levels = LEVELS.map((level, i) => ({
    level,
    label: LEVEL_LABELS[level],
    requests: reached[i],
    hits: hits[i],
    hitRatio: reached[i] > 0 ? hits[i] / reached[i] : 0,
    share: n > 0 ? hits[i] / n : 0,
  }));
  return {
    requests: n,
    levels,
    averageLatency: n > 0 ? totalLatency / n : 0,
    originLoad: n > 0 ? reached[3] / n : 0,
    nodeRequests,
    windowEnd,
    windowOriginLoad,
    windowLatency,
    failure:
      failure === null || nodeCaches.length === 0 ? null : failureEffect(failure, failedShare, originAt),
  };
}

/** Compares origin traffic in equal stretches before and after the failure (a tenth of the trace at most). */
function failureEffect(
  failure: { node: number; at: number },
  failedShare: number,
  originAt: Uint8Array,
): FailureResult {
  const stretch = Math.max(
    1,
    Math.min(failure.at, originAt.length - failure.at, Math.ceil(originAt.length / 10)),
  );
  let before = 0;
  let after = 0;
  for (let i = failure.at - stretch; i < failure.at; i++) before += originAt[i];
  for (let i = failure.at; i < failure.at + stretch; i++) after += originAt[i];
  return {
    node: failure.node,
    at: failure.at,
    failedShare,
    originLoadBefore: before / stretch,
    originLoadAfter: after / stretch,
    extraOriginRequests: after - before,
  };
}
