// Frage 54 (zusammenfassung.mdx): a single consumer at 90 % gets 10 % more orders, so 99 %. The
// answer gives the M/M/1 numbers: the wait is ρ/(1 − ρ) mean service times, 9 and then 99, eleven
// times as long, and the queue (Little: arrival rate times wait) about twelve times as long. The
// lab's engine is checked against the same formula in matches-queueing-theory.test.ts.
import { describe, expect, it } from 'vitest';
import { mmcWait } from '../../../src/sim/queue/index.ts';

describe('Frage 54: from 90 % to 99 % utilisation on one consumer', () => {
  const meanService = 1;
  const at90 = mmcWait(1, 0.9, meanService);
  const at99 = mmcWait(1, 0.99, meanService);

  it('waits 9 and then 99 mean service times', () => {
    expect(at90).toBeCloseTo(9, 9);
    expect(at99).toBeCloseTo(99, 9);
  });

  it('eleven times the wait, about twelve times the queue', () => {
    expect(at99 / at90).toBeCloseTo(11, 9);
    const queue = (lambda: number, wait: number) => lambda * wait;
    const growth = queue(0.99, at99) / queue(0.9, at90);
    expect(growth).toBeGreaterThan(12);
    expect(growth).toBeLessThan(12.5);
  });
});
