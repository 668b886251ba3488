import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exponential,
  fmix32,
  lognormal,
  mulberry32,
  standardNormal,
} from '../../../src/sim/shared/random.ts';
import { EventHeap } from '../../../src/sim/shared/heap.ts';

describe('mulberry32', () => {
  it('matches the C reference implementation', () => {
    // Oracle: Tommy Ettinger's Mulberry32 in C
    // (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c), compiled with gcc;
    // first five 32-bit outputs for state 42.
    const random = mulberry32(42);
    expect(Array.from({ length: 5 }, () => random() * 2 ** 32)).toEqual([
      2581720956, 1925393290, 3661312704, 2876485805, 750819978,
    ]);
  });

  it('stays in [0, 1) (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const random = mulberry32(seed);
        for (let k = 0; k < 100; k++) {
          const x = random();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});

describe('fmix32', () => {
  it('matches MurmurHash3 fmix32', () => {
    // Oracle: fmix32 from Austin Appleby's MurmurHash3.cpp (smhasher), compiled with gcc.
    expect([fmix32(1), fmix32(0x0a000001), fmix32(0xcb007107)]).toEqual([1364076727, 453747599, 3166519910]);
  });
});

describe('EventHeap', () => {
  it('pops by time, then by id (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 20 }), id: fc.integer({ min: 0, max: 1000 }) })),
        (entries) => {
          const heap = new EventHeap(2);
          for (const { time, id } of entries) heap.push(time, id);
          const expected = [...entries].sort((a, b) => a.time - b.time || a.id - b.id).map((e) => e.id);
          const popped: number[] = [];
          while (heap.size > 0) popped.push(heap.pop());
          expect(popped).toEqual(expected);
          expect(heap.pop()).toBe(-1);
          expect(heap.peekTime()).toBe(Infinity);
        },
      ),
    );
  });
});

describe('distributions', () => {
  // Oracle: the definitions – sample means converge to the distribution's mean (law of large
  // numbers); 200,000 draws keep the relative error well under the bounds used here.
  const mean = (draw: () => number, count = 200_000) => {
    let sum = 0;
    for (let k = 0; k < count; k++) sum += draw();
    return sum / count;
  };

  it('draws standard normals with mean 0 and variance 1', () => {
    const random = mulberry32(11);
    expect(Math.abs(mean(() => standardNormal(random)))).toBeLessThan(0.01);
    expect(mean(() => standardNormal(random) ** 2)).toBeCloseTo(1, 1);
  });

  it('keeps the requested mean for exponential and log-normal values', () => {
    const random = mulberry32(12);
    expect(mean(() => exponential(random, 50)) / 50).toBeCloseTo(1, 1);
    expect(mean(() => lognormal(random, 50, 1)) / 50).toBeCloseTo(1, 1);
  });
});
