/**
 * How long a producer waits before it publishes a rejected order again. "immediate" retries after a
 * fixed short pause; "backoff" doubles the pause each time up to a cap; "backoffJitter" is AWS's
 * "Full Jitter" (Brooker 2015, AWS Architecture Blog "Exponential Backoff and Jitter"): a uniform
 * draw between 0 and the capped exponential pause, which spreads producers that failed together
 * so they do not come back together. Cost: O(1) per retry.
 */
import type { Random } from '../shared/random.ts';
import type { QueueScenario } from './types.ts';

/**
 * The pause before retry number `retry` (1 = first retry), in minutes.
 *
 * @example
 * const r = { policy: 'backoff', maxRetries: 8, baseMin: 0.1, capMin: 1 } as const;
 * retryDelay(r, 1, Math.random); // 0.1
 * retryDelay(r, 3, Math.random); // 0.4
 * retryDelay(r, 9, Math.random); // 1 (the cap)
 */
export function retryDelay(retry: QueueScenario['retry'], attempt: number, random: Random): number {
  if (retry.policy === 'immediate') return retry.baseMin;
  const pause = Math.min(retry.capMin, retry.baseMin * 2 ** (attempt - 1));
  return retry.policy === 'backoffJitter' ? random() * pause : pause;
}
