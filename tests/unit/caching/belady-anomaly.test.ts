// Belady's anomaly: FIFO can fault more with more frames.
// Source: L. A. Belady, R. A. Nelson, G. S. Shedler, "An anomaly in space-time characteristics of
// certain programs running in a paging machine", CACM 12(6), 1969; reference string and fault counts
// as in A. Silberschatz, P. B. Galvin, G. Gagne, Operating System Concepts, 10th ed., §10.4.2.
import { describe, expect, it } from 'vitest';
import { faults, trace } from './helpers.ts';

const beladyString = trace('1,2,3,4,1,2,5,1,2,3,4,5');

describe("Belady's anomaly", () => {
  it('FIFO has 9 faults with 3 frames', () => {
    expect(faults('fifo', 3, beladyString)).toBe(9);
  });

  it('FIFO has 10 faults with 4 frames — more frames, more faults', () => {
    expect(faults('fifo', 4, beladyString)).toBe(10);
  });

  it('LRU, a stack algorithm, does not show the anomaly on the same string (10 → 8)', () => {
    expect(faults('lru', 3, beladyString)).toBe(10);
    expect(faults('lru', 4, beladyString)).toBe(8);
  });

  it('OPT needs 7 faults with 3 frames and 6 with 4', () => {
    expect(faults('opt', 3, beladyString)).toBe(7);
    expect(faults('opt', 4, beladyString)).toBe(6);
  });
});
