/**
 * Seeded pseudo-random numbers for the simulation engines. Every engine takes its randomness from
 * here (never from Math.random), so the same seed gives the same run in Node and in the browser:
 * the generator itself uses only 32-bit integer arithmetic (Math.imul, >>>), which is exact
 * everywhere; the distributions use Math.log/exp/pow/cos, which V8 (Node, Chromium) and
 * SpiderMonkey both compute with the same fdlibm port.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good enough for
 * simulations (passes gjrand and PractRand up to 2^32 outputs).
 *
 * @example
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636, on every machine
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * MurmurHash3's 32-bit finalizer: mixes all input bits into all output bits. Used to hash IP
 * addresses and to derive independent seeds.
 *
 * @example
 * fmix32(1); // 1364076727
 */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seed for an independent stream (e.g. one for the workload, one for the balancer), so that
 * drawing from one stream never shifts the numbers of the other.
 *
 * @example
 * mulberry32(deriveSeed(7, 1)); // the workload stream of seed 7
 */
export function deriveSeed(seed: number, stream: number): number {
  return fmix32((seed >>> 0) ^ fmix32(Math.imul(stream + 1, 0x9e3779b9)));
}

/**
 * Exponentially distributed value with the given mean (inverse transform).
 *
 * @example
 * exponential(mulberry32(1), 50); // a positive number, 50 on average
 */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random());
}

/**
 * Pareto (type I) value with the given mean and shape α > 1: heavy-tailed, infinite variance for
 * α ≤ 2. The scale is chosen so that the mean is `mean`: x_m = mean·(α−1)/α.
 *
 * @example
 * pareto(mulberry32(1), 50, 1.5); // mostly below 50, sometimes far above
 */
export function pareto(random: Random, mean: number, shape: number): number {
  const scale = (mean * (shape - 1)) / shape;
  return scale / Math.pow(1 - random(), 1 / shape);
}

/**
 * Log-normal value with the given mean and σ of the underlying normal: e^(μ + σ·z) with
 * μ = ln(mean) − σ²/2. The normal z comes from Marsaglia's polar method (no sin/cos; draws two
 * uniforms per try, 1.27 tries on average).
 *
 * @example
 * lognormal(mulberry32(1), 50, 1); // 50 on average, right-skewed
 */
export function lognormal(random: Random, mean: number, sigma: number): number {
  return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * standardNormal(random));
}

/**
 * A standard normal value (mean 0, variance 1) by Marsaglia's polar method.
 *
 * @example
 * standardNormal(mulberry32(1)); // mostly between −2 and 2
 */
export function standardNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}
