// Acknowledgements: a consumer that crashes after its work but before the ack gets the message again
// after the visibility timeout (at-least-once delivery, as in Amazon SQS), so a non-idempotent
// consumer does work twice; an idempotent one still does the work twice, but each order takes effect
// once (it checks the order number when it books the result). Nothing the broker accepted is
// ever lost: every message ends acknowledged or in the dead-letter queue.
import { describe, expect, it } from 'vitest';
import { simulateQueue } from '../../../src/sim/queue/index.ts';
import { scenario } from './helpers.ts';

const crashy = (idempotent: boolean, poisonShare = 0) =>
  scenario({
    orders: 5000,
    // The timeout outlasts every baking (exponential, mean 2.1 min): only crashes cause redeliveries.
    ack: { crashProbability: 0.2, poisonShare, visibilityTimeoutMin: 60, maxDeliveries: 30, idempotent },
  });

describe('at-least-once delivery', () => {
  it('without idempotency crashes make duplicates: processed > distinct orders', () => {
    const { totals } = simulateQueue(crashy(false));
    expect(totals.crashes).toBeGreaterThan(0);
    expect(totals.duplicates).toBeGreaterThan(0);
    expect(totals.processed).toBe(totals.distinctProcessed + totals.duplicates);
    expect(totals.redelivered).toBe(totals.crashes);
  });

  it('with idempotent consumers the work is repeated, but every accepted order takes effect exactly once', () => {
    const { totals } = simulateQueue(crashy(true));
    const plain = simulateQueue(crashy(false)).totals;
    // The same deliveries (bakings) as without idempotency: the check comes after the work.
    expect(totals.deliveries).toBe(plain.deliveries);
    expect(totals.deliveries).toBeGreaterThan(totals.accepted);
    expect(totals.crashes).toBeGreaterThan(0);
    expect(totals.duplicates).toBe(0);
    expect(totals.distinctProcessed).toBe(totals.accepted);
    expect(totals.processed).toBe(totals.accepted);
  });

  it('nothing accepted is lost: acked + dead-lettered = accepted, also with poison messages', () => {
    for (const whenFull of ['reject', 'block'] as const) {
      const s = crashy(false, 0.05);
      const { totals } = simulateQueue({ ...s, queue: { ...s.queue, capacity: 5, whenFull } });
      expect(totals.deadLettered).toBeGreaterThan(0);
      expect(totals.acked + totals.deadLettered).toBe(totals.copies);
      expect(totals.leftInQueue).toBe(0);
    }
  });

  it('a poison message is delivered exactly maxDeliveries times, then dead-lettered', () => {
    const s = scenario({ orders: 2000, ack: { poisonShare: 1, maxDeliveries: 4, visibilityTimeoutMin: 1 } });
    const { totals } = simulateQueue(s);
    expect(totals.accepted).toBeGreaterThan(500);
    expect(totals.deadLettered).toBe(totals.accepted);
    expect(totals.deliveries).toBe(4 * totals.accepted);
    expect(totals.redelivered).toBe(3 * totals.accepted);
    expect(totals.processed).toBe(0);
  });

  it('a longer visibility timeout delays the redelivery: the crashed orders wait longer in the system', () => {
    const short = simulateQueue({ ...crashy(true), ack: { ...crashy(true).ack, visibilityTimeoutMin: 15 } });
    const long = simulateQueue({ ...crashy(true), ack: { ...crashy(true).ack, visibilityTimeoutMin: 45 } });
    expect(long.meanSojournMin).toBeGreaterThan(short.meanSojournMin + 2);
  });
});
