// The open-addressing index behaves like a Map under any sequence of set/delete/get, including the
// backward-shift deletion (D. E. Knuth, The Art of Computer Programming, Vol. 3, §6.4, Algorithm R).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../src/sim/caching/keyIndex.ts';

describe('KeyIndex', () => {
  it('agrees with a Map on random operations', () => {
    const operation = fc.tuple(
      fc.constantFrom('set', 'delete', 'get'),
      fc.integer({ min: 0, max: 40 }),
      fc.nat(1000),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (operations) => {
        const index = new KeyIndex(41);
        const model = new Map<number, number>();
        for (const [kind, key, value] of operations) {
          if (kind === 'set') {
            index.set(key, value);
            model.set(key, value);
          } else if (kind === 'delete') {
            index.delete(key);
            model.delete(key);
          }
          expect(index.get(key)).toBe(model.get(key) ?? -1);
        }
        for (let key = 0; key <= 40; key++) expect(index.get(key)).toBe(model.get(key) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it('handles large keys and a full load of 1/2', () => {
    const index = new KeyIndex(1000);
    for (let i = 0; i < 1000; i++) index.set(i * 1_000_003, i);
    for (let i = 0; i < 1000; i += 2) index.delete(i * 1_000_003);
    for (let i = 0; i < 1000; i++) expect(index.get(i * 1_000_003)).toBe(i % 2 === 0 ? -1 : i);
  });
});
