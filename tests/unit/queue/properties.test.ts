// Property tests over random scenarios (fast-check): messages are conserved, queues never go
// negative, and the same seed gives the same run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateQueue, validateQueueScenario, type QueueScenario } from '../../../src/sim/queue/index.ts';

const scenarios = fc
  .record({
    seed: fc.nat(),
    orders: fc.integer({ min: 1, max: 400 }),
    arrival: fc.record({
      kind: fc.constantFrom('poisson', 'bursts', 'peak'),
      ratePerMin: fc.double({ min: 0.1, max: 5, noNaN: true }),
      burstSize: fc.integer({ min: 1, max: 20 }),
      peakFactor: fc.double({ min: 1, max: 5, noNaN: true }),
    }),
    mode: fc.constantFrom('pointToPoint', 'publishSubscribe'),
    subscribers: fc.integer({ min: 1, max: 4 }),
    queue: fc.record({
      capacity: fc.integer({ min: 1, max: 30 }),
      whenFull: fc.constantFrom('reject', 'block', 'dropOldest'),
      attemptCostMin: fc.constantFrom(0, 0, 0.05, 0.3),
    }),
    consumers: fc.record({
      count: fc.integer({ min: 1, max: 6 }),
      service: fc.record({
        kind: fc.constantFrom('exponential', 'deterministic'),
        meanMin: fc.double({ min: 0.1, max: 5, noNaN: true }),
      }),
      changes: fc.array(
        fc.record({
          atMin: fc.double({ min: 0, max: 300, noNaN: true }),
          consumers: fc.integer({ min: 0, max: 6 }),
        }),
        { maxLength: 3 },
      ),
    }),
    ack: fc.record({
      crashProbability: fc.double({ min: 0, max: 0.5, noNaN: true }),
      poisonShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
      visibilityTimeoutMin: fc.double({ min: 0.1, max: 10, noNaN: true }),
      maxDeliveries: fc.integer({ min: 1, max: 6 }),
      idempotent: fc.boolean(),
    }),
    retry: fc.record({
      policy: fc.constantFrom('none', 'immediate', 'backoff', 'backoffJitter'),
      maxRetries: fc.integer({ min: 0, max: 6 }),
      baseMin: fc.double({ min: 0.01, max: 2, noNaN: true }),
      capMin: fc.double({ min: 0.01, max: 10, noNaN: true }),
      breakerFailures: fc.constantFrom(0, 0, 1, 5),
      breakerOpenMin: fc.double({ min: 0.1, max: 10, noNaN: true }),
    }),
    outage: fc.double({ min: 0, max: 100, noNaN: true }).chain((fromMin) =>
      fc.record({
        fromMin: fc.constant(fromMin),
        toMin: fc.double({ min: fromMin, max: fromMin + 50, noNaN: true }),
      }),
    ),
  })
  .map((input) => {
    const checked = validateQueueScenario(input);
    if (!checked.ok) throw new Error(checked.errors[0].message);
    return checked.value;
  });

function conserved(s: QueueScenario): void {
  const { totals: t, timeline } = simulateQueue(s);
  const groups = s.mode === 'publishSubscribe' ? s.subscribers : 1;
  expect(t.accepted + t.gaveUp + t.leftBlocked).toBe(s.orders);
  expect(t.copies).toBe(t.accepted * groups);
  expect(t.acked + t.deadLettered + t.droppedOldest + t.leftInQueue).toBe(t.copies);
  expect(t.processed).toBe(t.distinctProcessed + t.duplicates);
  // Every attempt is refused, accepted, or still waiting at a blocked producer.
  expect(t.attempts).toBe(t.rejected + t.accepted + t.leftBlocked);
  if (s.ack.idempotent) expect(t.duplicates).toBe(0);
  for (const q of timeline.queueLength) expect(q).toBeGreaterThanOrEqual(0);
  for (const u of timeline.utilization) expect(u).toBeGreaterThanOrEqual(0);
}

describe('properties over random scenarios', () => {
  it('conserves messages and never has a negative queue', () => {
    fc.assert(fc.property(scenarios, conserved), { numRuns: 100 });
  });

  it('the same seed gives an identical run', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(simulateQueue(s)).toEqual(simulateQueue(structuredClone(s)));
      }),
      { numRuns: 40 },
    );
  });
});
