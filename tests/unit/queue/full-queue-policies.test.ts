// A full queue: reject refuses the order (the producer sees an error and may retry), block makes the
// producer wait (backpressure: nothing is refused), drop-oldest throws the oldest waiting message away.
import { describe, expect, it } from 'vitest';
import { simulateQueue, type FullPolicy } from '../../../src/sim/queue/index.ts';
import { scenario } from './helpers.ts';

// Overload: 3 bakers for 1.2 orders per minute at 3 min each (ρ = 1.2), 10 places.
const overloaded = (whenFull: FullPolicy) =>
  scenario({
    orders: 3000,
    arrival: { ratePerMin: 1.2 },
    consumers: { count: 3, service: { kind: 'exponential', meanMin: 3 } },
    queue: { capacity: 10, whenFull },
    retry: { policy: 'none' },
  });

describe('full-queue policies', () => {
  it('reject: orders are refused and, without retries, lost at the producer', () => {
    const { totals, maxQueueLength } = simulateQueue(overloaded('reject'));
    expect(totals.rejected).toBeGreaterThan(0);
    expect(totals.gaveUp).toBe(totals.rejected);
    expect(totals.accepted + totals.gaveUp).toBe(3000);
    expect(maxQueueLength).toBe(10);
  });

  it('block: every order gets in, the producer waits instead', () => {
    const { totals, maxQueueLength } = simulateQueue(overloaded('block'));
    expect(totals.rejected).toBe(0);
    expect(totals.blocked).toBeGreaterThan(0);
    expect(totals.accepted).toBe(3000);
    expect(totals.acked).toBe(3000);
    expect(maxQueueLength).toBe(10);
  });

  it('drop oldest: every order is accepted, old waiting ones are thrown away', () => {
    const { totals } = simulateQueue(overloaded('dropOldest'));
    expect(totals.accepted).toBe(3000);
    expect(totals.droppedOldest).toBeGreaterThan(0);
    expect(totals.acked + totals.droppedOldest).toBe(3000);
  });

  it('more bakers during the run: the queue shrinks after the change', () => {
    const base = overloaded('block');
    const changed = { ...base, consumers: { ...base.consumers, changes: [{ atMin: 1000, consumers: 6 }] } };
    const { timeline } = simulateQueue(changed);
    const at = Math.floor(1000 / timeline.intervalMin);
    const mean = (from: number, to: number) =>
      timeline.queueLength.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(timeline.consumers[at - 1]).toBe(3);
    expect(timeline.consumers[at + 1]).toBe(6);
    expect(mean(at + 20, at + 60)).toBeLessThan(mean(at - 40, at) / 2);
  });
});
