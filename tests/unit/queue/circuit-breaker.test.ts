// The producer-side circuit breaker: closed → open after N refusals in a row → half-open after the
// open time (one trial) → closed on success, open again on failure. In the retry storm it keeps the
// customers' immediate retries off the phone, so the shop recovers.
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, simulateQueue } from '../../../src/sim/queue/index.ts';
import { scenario } from './helpers.ts';

describe('circuit breaker states', () => {
  it('opens after the threshold, fails at once while open, lets one trial through when half-open', () => {
    const breaker = new CircuitBreaker(3, 2);
    breaker.failure(0);
    breaker.failure(0);
    expect(breaker.state).toBe('closed');
    breaker.failure(0);
    expect(breaker.state).toBe('open');
    expect(breaker.allow(1.9)).toBe(false);
    expect(breaker.allow(2)).toBe(true);
    expect(breaker.state).toBe('halfOpen');
    // Only one trial at a time.
    expect(breaker.allow(2.1)).toBe(false);
    breaker.failure(2.2);
    expect(breaker.state).toBe('open');
    expect(breaker.allow(4.1)).toBe(false);
    expect(breaker.allow(4.2)).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow(4.3)).toBe(true);
    expect(breaker.shortCircuited).toBe(3);
    expect(breaker.opened).toBe(2);
  });

  it('a success resets the count of refusals in a row; threshold 0 never opens', () => {
    const breaker = new CircuitBreaker(2, 1);
    breaker.failure(0);
    breaker.success();
    breaker.failure(0);
    expect(breaker.state).toBe('closed');
    const off = new CircuitBreaker(0, 1);
    for (let i = 0; i < 10; i++) off.failure(i);
    expect(off.allow(5)).toBe(true);
    expect(off.opened).toBe(0);
  });
});

describe('circuit breaker in the retry storm', () => {
  const storm = (breakerFailures: number, seed = 1) =>
    scenario({
      seed,
      queue: { capacity: 20, whenFull: 'reject', attemptCostMin: 0.15 },
      retry: {
        policy: 'immediate',
        maxRetries: 100,
        baseMin: 0.5,
        capMin: 16,
        breakerFailures,
        breakerOpenMin: 2,
      },
      outage: { fromMin: 200, toMin: 240 },
    });

  it('immediate retries with a breaker: the shop recovers in every one of ten seeds', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const without = simulateQueue(storm(0, seed));
      const withBreaker = simulateQueue(storm(5, seed));
      expect(withBreaker.goodputPerMin, `seed ${seed}`).toBeGreaterThan(0.95);
      expect(withBreaker.totals.gaveUp, `seed ${seed}`).toBeLessThan(without.totals.gaveUp + 1);
      expect(withBreaker.totals.breakerOpened).toBeGreaterThan(0);
    }
  });

  it('short-circuited attempts are refused at the producer and cost the bakers nothing', () => {
    const { totals, phoneShare } = simulateQueue(storm(5));
    expect(totals.shortCircuited).toBeGreaterThan(0);
    expect(totals.calls).toBeLessThanOrEqual(totals.attempts - totals.shortCircuited);
    expect(totals.rejected).toBeGreaterThanOrEqual(totals.shortCircuited);
    expect(phoneShare).toBeLessThan(0.2);
  });
});
