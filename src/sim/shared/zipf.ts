// Zipf popularity (web objects, key-value stores: Breslau et al. 1999): the key of rank r is requested
// with probability ∝ 1/r^α. Shared by the caching lab's workloads and the partitioning lab's loads.
// Building the distribution costs O(keys); one draw O(log keys).

/**
 * Cumulative Zipf distribution over ranks 1..keys: P(rank r) ∝ 1 / r^alpha; the last entry is 1.
 * @example
 * zipfCdf(2, 1); // Float64Array [0.666…, 1]
 */
export function zipfCdf(keys: number, alpha: number): Float64Array {
  const cdf = new Float64Array(keys);
  let sum = 0;
  for (let rank = 1; rank <= keys; rank++) {
    sum += Math.pow(rank, -alpha);
    cdf[rank - 1] = sum;
  }
  for (let i = 0; i < keys; i++) cdf[i] /= sum;
  cdf[keys - 1] = 1;
  return cdf;
}

/**
 * Index of the first cdf entry above u (u in [0, 1)): a draw from the distribution, O(log n).
 * @example
 * sampleCdf(zipfCdf(2, 1), 0.5); // 0
 */
export function sampleCdf(cdf: Float64Array, u: number): number {
  let low = 0;
  let high = cdf.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cdf[mid] > u) high = mid;
    else low = mid + 1;
  }
  return low;
}
