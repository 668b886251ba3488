/**
 * Textbook waiting times the engine is tested against and the lab shows beside its measurement:
 * Erlang C for M/M/c (Erlang 1917; Kleinrock, Queueing Systems Vol. 1, 1975, §3.5) and the
 * Pollaczek–Khinchine formula for M/G/1 (Kleinrock §5.6). Only for stable systems (ρ < 1).
 * Cost: O(c) for Erlang C, O(1) otherwise.
 */

/**
 * Erlang C: the probability that an arriving customer must wait in an M/M/c queue with offered load
 * a = λ/μ (in Erlangs) and c servers. Computed with the stable Erlang-B recursion.
 *
 * @example
 * erlangC(1, 0.5); // 0.5 (M/M/1: P(wait) = ρ)
 * erlangC(2, 1); // 0.3333333333333333
 */
export function erlangC(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho + rho * b);
}

/**
 * Mean waiting time in queue W_q of M/M/c: C(c, a) / (cμ − λ). Infinity when ρ ≥ 1.
 *
 * @example
 * mmcWait(1, 0.7, 1); // 2.333… (M/M/1: ρ/(μ−λ))
 */
export function mmcWait(c: number, lambda: number, meanService: number): number {
  const mu = 1 / meanService;
  if (lambda >= c * mu) return Infinity;
  return erlangC(c, lambda * meanService) / (c * mu - lambda);
}

/**
 * Mean waiting time in queue of M/G/1 by Pollaczek–Khinchine: λ·E[S²] / (2(1 − ρ)). For
 * deterministic service E[S²] = E[S]², which halves the M/M/1 wait.
 *
 * @example
 * mg1Wait(0.5, 1, 1); // 0.5 (M/D/1 at ρ = 0.5)
 */
export function mg1Wait(lambda: number, meanService: number, secondMoment: number): number {
  const rho = lambda * meanService;
  if (rho >= 1) return Infinity;
  return (lambda * secondMoment) / (2 * (1 - rho));
}
