// The engine against queueing theory (Kleinrock, Queueing Systems Vol. 1, 1975): Little's law, the
// M/M/1 and M/M/c (Erlang C) mean waiting times and M/D/1 by Pollaczek–Khinchine. Long runs make the
// sampling error small; the bounds are the (2 % for Little, 5 % for the waiting times).
import { describe, expect, it } from 'vitest';
import { erlangC, mg1Wait, mmcWait, simulateQueue } from '../../../src/sim/queue/index.ts';
import { textbook } from './helpers.ts';

const within = (measured: number, expected: number, share: number) =>
  expect(Math.abs(measured - expected) / expected).toBeLessThan(share);

describe('queueing theory', () => {
  it('Erlang C matches textbook values', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12); // M/M/1: P(wait) = ρ
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // Kleinrock's M/M/c example values: c = 3, a = 2.4 (ρ = 0.8) gives C ≈ 0.6472.
    expect(erlangC(3, 2.4)).toBeCloseTo(0.6472, 4);
    expect(mmcWait(1, 0.7, 1)).toBeCloseTo(0.7 / 0.3, 12);
    expect(mg1Wait(0.7, 1, 1)).toBeCloseTo(0.7 / 0.6, 12);
  });

  it("Little's law L = λW holds within 2 % over 100,000 messages at 70 % utilisation", () => {
    for (const c of [1, 3]) {
      const result = simulateQueue(textbook(c, 0.7, 100_000, 'exponential'));
      expect(result.utilization).toBeGreaterThan(0.68);
      expect(result.utilization).toBeLessThan(0.72);
      // L from the time-integral of the queue, λ and W from the messages: two separate bookkeepings.
      within(result.meanQueueLength, result.acceptedPerMin * result.wait.mean, 0.02);
    }
  });

  it.each([
    [1, 0.5],
    [1, 0.8],
    [3, 0.5],
    [3, 0.8],
    [4, 0.65],
  ])('M/M/%i at ρ = %f: mean waiting time within 5 percent of Erlang C', (c, rho) => {
    // Near saturation the waits are strongly correlated, so ρ = 0.8 needs the longer run.
    const result = simulateQueue(textbook(c, rho, rho >= 0.8 ? 1_000_000 : 300_000, 'exponential'));
    within(result.wait.mean, mmcWait(c, 1, rho * c), 0.05);
  });

  it('M/D/1 at ρ = 0.7: mean waiting time within 5 % of Pollaczek–Khinchine, half of M/M/1', () => {
    const result = simulateQueue(textbook(1, 0.7, 200_000, 'deterministic'));
    within(result.wait.mean, mg1Wait(1, 0.7, 0.49), 0.05);
    within(result.wait.mean, mmcWait(1, 1, 0.7) / 2, 0.05);
  });
});
