// The miss-ratio curve: the share of misses as a function of cache size, per policy — the figure
// capacity planning is done with. LRU's whole curve comes from one pass (Mattson et al. 1970: LRU is a
// stack algorithm, a size-C cache hits iff fewer than C distinct keys were used since the last access),
// O(log n) per access with a Fenwick tree; every other policy is simulated once per size.

import { KeyIndex } from './keyIndex.ts';
import { nextUses } from './opt.ts';
import type { PolicyId } from './policies.ts';
import { runTrace, type PolicySettings } from './simulate.ts';

export interface MissRatioCurve {
  sizes: number[];
  curves: { policy: PolicyId; missRatio: number[] }[];
}

/**
 * LRU stack distance of every access: 1 + the number of distinct keys used since the previous access
 * to the same key, or 0 for a first access (a miss at every size).
 * @example
 * lruStackDistances(Int32Array.of(1, 2, 1, 1)); // Int32Array [0, 0, 2, 1]
 */
export function lruStackDistances(trace: Int32Array): Int32Array {
  const n = trace.length;
  const distances = new Int32Array(n);
  // tree marks, for every key, the position of its latest access; prefix sums count distinct keys.
  const tree = new Int32Array(n + 1);
  const lastSeen = new KeyIndex(n);
  const add = (position: number, delta: number): void => {
    for (let i = position + 1; i <= n; i += i & -i) tree[i] += delta;
  };
  const prefix = (position: number): number => {
    let sum = 0;
    for (let i = position + 1; i > 0; i -= i & -i) sum += tree[i];
    return sum;
  };
  for (let t = 0; t < n; t++) {
    const previous = lastSeen.get(trace[t]);
    if (previous !== -1) {
      distances[t] = 1 + prefix(t - 1) - prefix(previous);
      add(previous, -1);
    }
    add(t, 1);
    lastSeen.set(trace[t], t);
  }
  return distances;
}

/**
 * LRU miss ratio for each size from one pass over the trace; accesses before `warmup` do not count.
 * @example
 * lruMissRatios(Int32Array.of(1, 2, 1, 2), [1, 2]); // [1, 0.5]
 */
export function lruMissRatios(trace: Int32Array, sizes: number[], warmup = 0): number[] {
  const distances = lruStackDistances(trace);
  const largest = Math.max(0, ...sizes);
  const atDistance = new Float64Array(largest + 1); // hits of a cache of exactly this distance
  for (let t = warmup; t < trace.length; t++) {
    const distance = distances[t];
    if (distance > 0 && distance <= largest) atDistance[distance]++;
  }
  const counted = Math.max(0, trace.length - warmup);
  const hitsUpTo = new Float64Array(largest + 1);
  for (let size = 1; size <= largest; size++) hitsUpTo[size] = hitsUpTo[size - 1] + atDistance[size];
  return sizes.map((size) => (counted === 0 ? 0 : (counted - hitsUpTo[size]) / counted));
}

/**
 * `points` cache sizes from 1 up to `largest`, evenly spaced and without duplicates.
 * @example
 * curveSizes(100, 5); // [1, 26, 51, 75, 100]
 */
export function curveSizes(largest: number, points: number): number[] {
  if (largest <= 1 || points <= 1) return [Math.max(1, largest)];
  const sizes = new Set<number>();
  for (let i = 0; i < points; i++) sizes.add(Math.round(1 + ((largest - 1) * i) / (points - 1)));
  return [...sizes];
}

/**
 * Miss ratio over the given sizes for every policy, all on the same trace.
 * @example
 * missRatioCurve(trace, ['lru', 'fifo', 'opt'], [10, 20, 40], { seed: 1, ttl: 1000 });
 * // { sizes: [10, 20, 40], curves: [{ policy: 'lru', missRatio: [...] }, ...] }
 */
export function missRatioCurve(
  trace: Int32Array,
  policies: PolicyId[],
  sizes: number[],
  settings: PolicySettings,
  warmup = 0,
): MissRatioCurve {
  const shared = policies.includes('opt') ? { ...settings, nextUse: nextUses(trace) } : settings;
  const curves = policies.map((policy) => ({
    policy,
    missRatio:
      policy === 'lru'
        ? lruMissRatios(trace, sizes, warmup)
        : sizes.map((size) => {
            const run = runTrace(policy, size, trace, shared, 1, warmup);
            return run.accesses === 0 ? 0 : run.misses / run.accesses;
          }),
  }));
  return { sizes: [...sizes], curves };
}
