/**
 * When orders arrive and how long a baker needs: the producers' arrival process and the consumers'
 * service times. Poisson arrivals (exponential gaps) are the textbook model of many independent
 * customers (Kleinrock 1975, ch. 2); bursts model a coach party ordering at once; the peak is a
 * piecewise-constant Poisson process whose rate rises in the middle third of the nominal run (the
 * lunch rush). Cost: O(1) per order, one or two random draws.
 */
import { exponential, type Random } from '../shared/random.ts';
import type { QueueScenario } from './types.ts';

/** Yields the arrival time of each new order, in minutes, in order. */
export type ArrivalClock = () => number;

/**
 * The arrival process of a scenario as a clock: each call returns the next order's time.
 *
 * @example
 * const next = arrivalClock({ kind: 'poisson', ratePerMin: 2, burstSize: 1, peakFactor: 1 }, 100, mulberry32(1));
 * next(); // about 0.5 on average, then increasing
 */
export function arrivalClock(
  arrival: QueueScenario['arrival'],
  orders: number,
  random: Random,
): ArrivalClock {
  const { kind, ratePerMin, burstSize, peakFactor } = arrival;
  let now = 0;
  if (kind === 'bursts') {
    let left = 0;
    return () => {
      if (left === 0) {
        now += exponential(random, burstSize / ratePerMin);
        left = burstSize;
      }
      left--;
      return now;
    };
  }
  if (kind === 'peak') {
    const nominal = orders / ratePerMin;
    const from = nominal / 3;
    const to = (2 * nominal) / 3;
    return () => {
      // Memorylessness: a gap that crosses a rate change restarts at the change with the new rate.
      for (;;) {
        const rate = now >= from && now < to ? ratePerMin * peakFactor : ratePerMin;
        const next = now + exponential(random, 1 / rate);
        const boundary = now < from ? from : now < to ? to : Infinity;
        if (next < boundary) return (now = next);
        now = boundary;
      }
    };
  }
  return () => (now += exponential(random, 1 / ratePerMin));
}

/**
 * A service-time sampler: exponential (M) or deterministic (D) with the given mean.
 *
 * @example
 * serviceSampler({ kind: 'deterministic', meanMin: 2 }, mulberry32(1))(); // 2
 */
export function serviceSampler(service: QueueScenario['consumers']['service'], random: Random): () => number {
  const mean = service.meanMin;
  return service.kind === 'deterministic' ? () => mean : () => exponential(random, mean);
}
