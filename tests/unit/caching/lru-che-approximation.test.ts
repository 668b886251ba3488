// LRU under independent Zipf requests agrees with the Che approximation: with the characteristic time
// T solving Σ (1 − e^(−q_i·T)) = C, the hit ratio is Σ q_i·(1 − e^(−q_i·T)).
// Sources: H. Che, Y. Tung, Z. Wang, "Hierarchical web caching systems: modeling, design and
// experimental results", IEEE JSAC 20(7), 2002; C. Fricker, P. Robert, J. Roberts, "A versatile and
// accurate approximation for LRU cache performance", ITC 24, 2012 (accurate for Zipf popularity).
import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32 } from '../../../src/sim/shared/random.ts';
import { runTrace } from '../../../src/sim/caching/simulate.ts';
import { generateTrace, zipfCdf } from '../../../src/sim/caching/workloads.ts';

function cheHitRatio(keys: number, alpha: number, capacity: number): number {
  const cdf = zipfCdf(keys, alpha);
  const q = cdf.map((value, i) => value - (i === 0 ? 0 : cdf[i - 1]));
  const expected = (t: number) => q.reduce((sum, p) => sum + (1 - Math.exp(-p * t)), 0);
  let low = 0;
  let high = 1;
  while (expected(high) < capacity) high *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (expected(mid) < capacity) low = mid;
    else high = mid;
  }
  return q.reduce((sum, p) => sum + p * (1 - Math.exp(-p * low)), 0);
}

describe('LRU and the Che approximation', () => {
  // Tolerance: absolute 0.02 on the hit ratio (the approximation's error for these sizes is well below 0.01).
  it.each([
    { keys: 1000, alpha: 0.8, capacity: 100 },
    { keys: 1000, alpha: 1.0, capacity: 50 },
    { keys: 5000, alpha: 0.6, capacity: 500 },
  ])(
    'N=$keys, α=$alpha, C=$capacity: within 0.02 after warm-up, 200k accesses',
    ({ keys, alpha, capacity }) => {
      const warmup = 50_000;
      const trace = generateTrace(
        { kind: 'zipf', keys, alpha, length: warmup + 200_000 },
        mulberry32(deriveSeed(7, 0)),
      );
      const simulated = runTrace('lru', capacity, trace, { seed: 7, ttl: 1 }, 10, warmup);
      expect(simulated.accesses).toBe(200_000);
      expect(Math.abs(simulated.hitRatio - cheHitRatio(keys, alpha, capacity))).toBeLessThan(0.02);
    },
  );
});
