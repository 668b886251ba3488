// Key-range partitioning (Bigtable, HBase, CockroachDB, MongoDB's range sharding): keys stay in
// order, and each node owns one contiguous range [start, next start). Range scans stay on one node,
// but keys that are popular together (recent timestamps, one prefix) make one range hot. Adding a
// node splits the busiest range at its load median (as load-based splitting does); removing one
// merges its range into the neighbour. Cost per key: O(log n) binary search over the range starts.

/**
 * The range index of `key` for ascending range starts (starts[0] is 0).
 *
 * @example
 * rangeOf(Int32Array.of(0, 100, 200), 150); // 1
 */
export function rangeOf(starts: Int32Array, key: number): number {
  let low = 0;
  let high = starts.length - 1; // the last range whose start is <= key
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid] <= key) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Even range starts for `ranges` ranges over keys 0..keys−1.
 *
 * @example
 * evenStarts(10, 3); // Int32Array [0, 3, 6]
 */
export function evenStarts(keys: number, ranges: number): Int32Array {
  return Int32Array.from({ length: ranges }, (_, i) => Math.floor((i * keys) / ranges));
}

/**
 * Splits the range with the most load at its load median: the new range (for the new node) starts
 * there and is inserted after it. Returns the new starts and the index of the new range. A range of
 * one key cannot split; then the busiest splittable range splits instead.
 *
 * @example
 * splitBusiest(Int32Array.of(0, 2), Float64Array.of(0.4, 0.4, 0.1, 0.1)); // { starts: [0, 1, 2], index: 1 }
 */
export function splitBusiest(
  starts: Int32Array,
  weights: Float64Array,
): { starts: Int32Array; index: number } {
  const keys = weights.length;
  let busiest = -1;
  let busiestLoad = -1;
  for (let r = 0; r < starts.length; r++) {
    const end = r + 1 < starts.length ? starts[r + 1] : keys;
    if (end - starts[r] < 2) continue;
    let load = 0;
    for (let k = starts[r]; k < end; k++) load += weights[k];
    if (load > busiestLoad) {
      busiestLoad = load;
      busiest = r;
    }
  }
  if (busiest < 0) return { starts: Int32Array.from(starts), index: -1 };
  const start = starts[busiest];
  const end = busiest + 1 < starts.length ? starts[busiest + 1] : keys;
  // The first key after which at least half the range's load lies behind us, kept inside (start, end).
  let seen = 0;
  let cut = start + 1;
  for (let k = start; k < end - 1; k++) {
    seen += weights[k];
    cut = k + 1;
    if (seen >= busiestLoad / 2) break;
  }
  const next = new Int32Array(starts.length + 1);
  next.set(starts.subarray(0, busiest + 1), 0);
  next[busiest + 1] = cut;
  next.set(starts.subarray(busiest + 1), busiest + 2);
  return { starts: next, index: busiest + 1 };
}

/**
 * Removes range `index`: its keys join the range before it (the first range's keys join the next).
 *
 * @example
 * mergeRange(Int32Array.of(0, 3, 6), 1); // Int32Array [0, 6]
 * mergeRange(Int32Array.of(0, 3, 6), 0); // Int32Array [0, 6] — the second range now starts at 0
 */
export function mergeRange(starts: Int32Array, index: number): Int32Array {
  const next = Array.from(starts);
  next.splice(index === 0 ? 1 : index, 1);
  next[0] = 0;
  return Int32Array.from(next);
}
