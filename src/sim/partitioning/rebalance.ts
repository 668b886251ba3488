// One partitioning experiment: place every key under a scheme, apply one event (a node joins, leaves
// or fails), place them again and compare: which keys moved and where, the share moved, and the load
// per node before and after. Cost: two placements (see layout.ts) plus O(K) bookkeeping.

import {
  initialLayout,
  keyHashes,
  layoutAfter,
  placeKeys,
  type Layout,
  type NodeEvent,
  type SchemeId,
} from './layout.ts';
import { keyWeights, spread, type Popularity, type Spread } from './load.ts';

export interface PartitionScenario {
  scheme: SchemeId;
  /** Nodes before the event. */
  nodes: number;
  /** Virtual nodes per node (ring only). */
  virtualNodes: number;
  keys: number;
  popularity: Popularity;
  /** Zipf exponent (popularity 'zipf' only). */
  alpha: number;
  /** Share of all requests for the celebrity key 0, 0..1. */
  hotShare: number;
  event: NodeEvent | null;
  seed: number;
}

export interface NodeLoad {
  node: number;
  keys: number;
  /** Share of all requests, 0..1. */
  load: number;
}

export interface PlacementView {
  nodes: NodeLoad[];
  keySpread: Spread;
  loadSpread: Spread;
  /** Node of the celebrity key 0. */
  hotNode: number;
}

export interface PartitionResult {
  before: PlacementView;
  after: PlacementView;
  /** Keys whose node changed, and their share of all keys and of all requests. */
  moved: number;
  movedFraction: number;
  movedLoad: number;
  /** The least any scheme must move for this event (the keys of the node that left, or 1/(n+1)). */
  minimumFraction: number;
  /** Moved keys per (from, to) pair, largest first. */
  flows: { from: number; to: number; keys: number }[];
  /** Owner before and after of the first keys (for the picture). */
  sample: { key: number; before: number; after: number }[];
}

const SAMPLE = 48;

function view(layout: Layout, owners: Int32Array, weights: Float64Array): PlacementView {
  // Node ids are small (at most one more than the largest node count): index arrays, not a Map.
  const index = new Int32Array(Math.max(...layout.nodes) + 1);
  layout.nodes.forEach((node, i) => (index[node] = i));
  const keys = new Float64Array(layout.nodes.length);
  const load = new Float64Array(layout.nodes.length);
  for (let k = 0; k < owners.length; k++) {
    const i = index[owners[k]];
    keys[i]++;
    load[i] += weights[k];
  }
  const nodes = [...layout.nodes]
    .map((node, i) => ({ node, keys: keys[i], load: load[i] }))
    .sort((a, b) => a.node - b.node);
  return { nodes, keySpread: spread(keys), loadSpread: spread(load), hotNode: owners[0] };
}

/**
 * Runs one scenario; with no event, "after" equals "before" and nothing moves.
 *
 * @example
 * const r = simulatePartitioning({ scheme: 'modN', nodes: 3, virtualNodes: 1, keys: 10_000,
 *   popularity: 'uniform', alpha: 1, hotShare: 0, event: { kind: 'join' }, seed: 1 });
 * r.movedFraction; // ≈ 0.75 (n/(n+1) for n = 3)
 */
export function simulatePartitioning(scenario: PartitionScenario): PartitionResult {
  const { scheme, keys, seed } = scenario;
  const weights = keyWeights(keys, scenario.popularity, scenario.alpha, scenario.hotShare);
  const hashes = keyHashes(keys, seed);
  const first = initialLayout(scheme, scenario.nodes, scenario.virtualNodes, keys, seed);
  const second = scenario.event ? layoutAfter(first, scenario.event, weights) : first;
  const before = placeKeys(first, hashes);
  const after = second === first ? before : placeKeys(second, hashes);
  let moved = 0;
  let movedLoad = 0;
  const width = Math.max(...first.nodes, ...second.nodes) + 1;
  const flowCounts = new Int32Array(width * width);
  for (let k = 0; k < keys; k++) {
    if (before[k] === after[k]) continue;
    moved++;
    movedLoad += weights[k];
    flowCounts[before[k] * width + after[k]]++;
  }
  const flows: PartitionResult['flows'] = [];
  flowCounts.forEach((count, pair) => {
    if (count > 0) flows.push({ from: Math.floor(pair / width), to: pair % width, keys: count });
  });
  flows.sort((a, b) => b.keys - a.keys || a.from - b.from || a.to - b.to);
  const beforeView = view(first, before, weights);
  const event = scenario.event;
  let minimum = 0;
  if (event?.kind === 'join') minimum = 1 / (first.nodes.length + 1);
  else if (event) minimum = (beforeView.nodes.find((n) => n.node === event.node)?.keys ?? 0) / keys;
  return {
    before: beforeView,
    after: view(second, after, weights),
    moved,
    movedFraction: moved / keys,
    movedLoad,
    minimumFraction: minimum,
    flows,
    sample: Array.from({ length: Math.min(SAMPLE, keys) }, (_, key) => ({
      key,
      before: before[key],
      after: after[key],
    })),
  };
}
