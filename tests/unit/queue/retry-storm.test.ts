// The retry storm (a metastable failure): when refusing a publish costs the bakers time (every
// attempt is a phone call they answer first), immediate retries after a broker outage keep the
// queue full and the bakers on the phone, so no order is baked until the customers stop coming;
// exponential backoff with jitter spreads the calls and the shop catches up. The same shop without
// the outage runs calmly with immediate retries, so it is the outage that tips it over.
import { describe, expect, it } from 'vitest';
import { simulateQueue, type QueueScenario } from '../../../src/sim/queue/index.ts';
import { scenario } from './helpers.ts';

/** 600 orders at 1/min, 3 bakers at 2.1 min, 20 places; 9 s on the phone per attempt. */
const storm = (policy: QueueScenario['retry']['policy'], seed = 1, outage = { fromMin: 200, toMin: 240 }) =>
  scenario({
    seed,
    queue: { capacity: 20, whenFull: 'reject', attemptCostMin: 0.15 },
    retry: { policy, maxRetries: 100, baseMin: 0.5, capMin: 16 },
    outage,
  });

describe('the retry storm after an outage', () => {
  it('immediate retries: goodput collapses after the outage, the bakers spend their time on the phone', () => {
    const run = simulateQueue(storm('immediate'));
    expect(run.goodputPerMin).toBeLessThan(0.1);
    expect(run.phoneShare).toBeGreaterThan(0.5);
    expect(run.totals.gaveUp).toBeGreaterThan(300);
    // Busy bakers, little baked: the work is refusing.
    expect(run.utilization).toBeGreaterThan(0.8);
  });

  it('backoff with jitter: the same outage, the shop recovers and nobody gives up', () => {
    const run = simulateQueue(storm('backoffJitter'));
    // Above the arrival rate of 1/min: the backlog of the outage is caught up.
    expect(run.goodputPerMin).toBeGreaterThan(1);
    expect(run.phoneShare).toBeLessThan(0.15);
    expect(run.totals.gaveUp).toBe(0);
    expect(run.totals.accepted).toBe(600);
  });

  it('without the outage the shop with immediate retries is healthy: the storm is metastable', () => {
    const calm = simulateQueue(storm('immediate', 1, { fromMin: 0, toMin: 0 }));
    expect(calm.goodputPerMin).toBeGreaterThan(0.9);
    expect(calm.totals.gaveUp).toBe(0);
  });

  it('refusing for free (no phone time) lets the shop recover even with immediate retries', () => {
    const s = storm('immediate');
    const free = simulateQueue({ ...s, queue: { ...s.queue, attemptCostMin: 0 } });
    expect(free.goodputPerMin).toBeGreaterThan(1);
    expect(free.totals.calls).toBe(0);
  });

  it('over ten seeds: immediate retries collapse in most, backoff with jitter recovers in every one', () => {
    const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
    const collapsed = seeds.filter((seed) => simulateQueue(storm('immediate', seed)).goodputPerMin < 0.1);
    const recovered = seeds.filter(
      (seed) => simulateQueue(storm('backoffJitter', seed)).goodputPerMin > 0.95,
    );
    expect(collapsed.length).toBeGreaterThanOrEqual(8);
    expect(recovered).toEqual(seeds);
  });

  it('every attempt is a call, answered or refused with a busy signal', () => {
    const { totals } = simulateQueue(storm('immediate'));
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.calls).toBeLessThanOrEqual(totals.attempts);
    expect(totals.attempts).toBe(totals.rejected + totals.accepted + totals.leftBlocked);
  });
});
