// The reference string of Silberschatz, Galvin, Gagne, Operating System Concepts (10th ed., §10.4,
// Figures 10.12–10.15) with 3 frames: FIFO 15 faults, OPT 9, LRU 12.
import { describe, expect, it } from 'vitest';
import { stepTrace } from '../../../src/sim/caching/simulate.ts';
import { faults, trace } from './helpers.ts';

const reference = trace('7,0,1,2,0,3,0,4,2,3,0,3,2,1,2,0,1,7,0,1');
const settings = { seed: 1, ttl: 1_000_000 };

describe('textbook reference string, 3 frames', () => {
  it('OPT has 9 faults', () => expect(faults('opt', 3, reference)).toBe(9));
  it('LRU has 12 faults', () => expect(faults('lru', 3, reference)).toBe(12));
  it('FIFO has 15 faults', () => expect(faults('fifo', 3, reference)).toBe(15));

  it('FIFO frames match the textbook figure column by column (first columns)', () => {
    const slots = stepTrace('fifo', 3, reference, settings).steps.map((step) => step.slots);
    expect(slots.slice(0, 6)).toEqual([
      [7, null, null],
      [7, 0, null],
      [7, 0, 1],
      [2, 0, 1], // 2 replaces 7, the oldest
      [2, 0, 1], // 0 hits
      [2, 3, 1], // 3 replaces 0
    ]);
  });

  it('OPT replaces 7 for 2 because 7 is used furthest in the future', () => {
    const step = stepTrace('opt', 3, reference, settings).steps[3];
    expect(step).toMatchObject({ key: 2, hit: false, evicted: 7, slots: [2, 0, 1] });
  });

  it('LRU replaces 1 for 3 at the sixth access (0 and 2 were used more recently)', () => {
    const step = stepTrace('lru', 3, reference, settings).steps[5];
    expect(step).toMatchObject({ key: 3, evicted: 1, slots: [2, 0, 3], victimOrder: [2, 0, 3] });
  });

  it('hits and misses add up to the length of the string', () => {
    const result = stepTrace('lfu', 3, reference, settings);
    expect(result.hits + result.misses).toBe(reference.length);
    expect(result.steps.filter((step) => step.hit)).toHaveLength(result.hits);
  });
});
