// Workload generators: Zipf popularity P(rank r) ∝ r^−α (G. K. Zipf 1949; for web requests
// L. Breslau et al., "Web caching and Zipf-like distributions", INFOCOM 1999), uniform keys, a
// sequential loop, and a hot set that shifts.
import { describe, expect, it } from 'vitest';
import { generateTrace, isScanAccess, zipfCdf } from '../../../src/sim/caching/workloads.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';

const counts = (trace: Int32Array, keys: number) => {
  const result = new Array<number>(keys).fill(0);
  for (const key of trace) result[key]++;
  return result;
};

describe('workloads', () => {
  it('zipfCdf ends at 1 and has the right first step', () => {
    const cdf = zipfCdf(2, 1);
    expect(cdf[0]).toBeCloseTo(2 / 3, 12);
    expect(cdf[1]).toBe(1);
  });

  it('Zipf frequencies follow r^−α (rank 1 vs rank 10, α = 1)', () => {
    const trace = generateTrace({ kind: 'zipf', keys: 100, alpha: 1, length: 200_000 }, mulberry32(1));
    const seen = counts(trace, 100);
    expect(seen[0] / seen[9]).toBeGreaterThan(9);
    expect(seen[0] / seen[9]).toBeLessThan(11);
  });

  it('α = 0 is uniform', () => {
    const seen = counts(
      generateTrace({ kind: 'zipf', keys: 10, alpha: 0, length: 100_000 }, mulberry32(2)),
      10,
    );
    for (const count of seen) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('uniform keys stay within 0..keys−1 and cover them', () => {
    const trace = generateTrace({ kind: 'uniform', keys: 50, length: 5000 }, mulberry32(3));
    expect(Math.min(...trace)).toBe(0);
    expect(Math.max(...trace)).toBe(49);
  });

  it('the loop cycles through the keys in order', () => {
    expect(Array.from(generateTrace({ kind: 'loop', keys: 3, length: 7 }, mulberry32(1)))).toEqual([
      0, 1, 2, 0, 1, 2, 0,
    ]);
  });

  it('the shifting hot set moves the most popular key by shiftBy every shiftEvery accesses', () => {
    const trace = generateTrace(
      { kind: 'shifting', keys: 100, alpha: 1.2, length: 40_000, shiftEvery: 20_000, shiftBy: 50 },
      mulberry32(4),
    );
    const top = (part: Int32Array) => counts(part, 100).indexOf(Math.max(...counts(part, 100)));
    expect(top(trace.subarray(0, 20_000))).toBe(0);
    expect(top(trace.subarray(20_000))).toBe(50);
  });

  it('hot set with scans: mid-period scan phases read the cold keys in turn, two of every three accesses', () => {
    const workload = { kind: 'scan', keys: 6, length: 20, hotKeys: 2, period: 10, scanSpan: 6 } as const;
    const trace = Array.from(generateTrace(workload, mulberry32(1)));
    // Scan phase of each period: positions 2..7; positions 4 and 7 of it read the hot set.
    const scanAt = trace.map((_, i) => isScanAccess(workload, i));
    expect(scanAt.map((scan) => (scan ? 'S' : 'h')).join('')).toBe('hhSShSShhh' + 'hhSShSShhh');
    expect(trace.filter((_, i) => scanAt[i])).toEqual([2, 3, 4, 5, 2, 3, 4, 5]);
    expect(trace.filter((_, i) => !scanAt[i]).every((key) => key < 2)).toBe(true);
    // With no cold key (a hot set of all keys) a scan reads the hot keys in turn.
    const all = generateTrace({ ...workload, keys: 2 }, mulberry32(1));
    expect(Array.from(all).filter((_, i) => scanAt[i])).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('a custom trace is parsed, a bad one throws the German message', () => {
    expect(Array.from(generateTrace({ kind: 'custom', text: '4, 2, 4' }, mulberry32(1)))).toEqual([4, 2, 4]);
    expect(() => generateTrace({ kind: 'custom', text: '4, x' }, mulberry32(1))).toThrow('Eintrag 2 („x“)');
  });
});
