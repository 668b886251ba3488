// How often each key is requested: uniform, or Zipf-skewed by key order (key 0 most popular, so
// popular keys sit next to each other, as recent timestamps do), plus an optional celebrity key
// (key 0) that alone takes a share of all requests. Building the weights costs O(keys).

import { zipfCdf } from '../shared/zipf.ts';

export type Popularity = 'uniform' | 'zipf';

/**
 * The request share of every key (they sum to 1). `hotShare` of all requests go to key 0 on top.
 *
 * @example
 * keyWeights(4, 'uniform', 0, 0); // Float64Array [0.25, 0.25, 0.25, 0.25]
 * keyWeights(2, 'uniform', 0, 0.5)[0]; // 0.75 — half of all requests plus its fair share of the rest
 */
export function keyWeights(
  keys: number,
  popularity: Popularity,
  alpha: number,
  hotShare: number,
): Float64Array {
  const weights = new Float64Array(keys);
  if (popularity === 'uniform') weights.fill((1 - hotShare) / keys);
  else {
    const cdf = zipfCdf(keys, alpha);
    for (let k = 0; k < keys; k++) weights[k] = (1 - hotShare) * (cdf[k] - (k === 0 ? 0 : cdf[k - 1]));
  }
  weights[0] += hotShare;
  return weights;
}

/** Spread of per-node values: max over mean (1 = perfectly even) and coefficient of variation. */
export interface Spread {
  maxOverMean: number;
  cv: number;
}

/**
 * Max/mean and coefficient of variation (population standard deviation over mean) of the values.
 *
 * @example
 * spread([1, 1, 1, 1]); // { maxOverMean: 1, cv: 0 }
 * spread([3, 1]); // { maxOverMean: 1.5, cv: 0.5 }
 */
export function spread(values: ArrayLike<number>): Spread {
  const n = values.length;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (values[i] > max) max = values[i];
  }
  const mean = n === 0 ? 0 : sum / n;
  if (mean === 0) return { maxOverMean: 1, cv: 0 };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { maxOverMean: max / mean, cv: Math.sqrt(squares / n) / mean };
}
