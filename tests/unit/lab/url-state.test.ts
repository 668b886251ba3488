import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  choiceParam,
  fieldAllowed,
  fieldText,
  fieldValue,
  intParam,
  listParam,
  numberParam,
  readUrlState,
  urlStateQuery,
} from '../../../src/components/lab/urlState.ts';

const specs = {
  n: intParam(1, 32),
  rate: numberParam(0.5, 100),
  kind: choiceParam(['a', 'b'] as const),
  w: listParam(intParam(1, 100), 4),
};
const defaults = { n: 4, rate: 10, kind: 'a' as 'a' | 'b', w: [1] };

describe('URL parameters', () => {
  it('reads valid values and keeps defaults for missing keys', () => {
    expect(readUrlState('?x-n=8&x-w=4,1,1', 'x-', specs, defaults)).toEqual({
      state: { n: 8, rate: 10, kind: 'a', w: [4, 1, 1] },
      errors: [],
    });
  });

  it('accepts a German decimal comma', () => {
    expect(readUrlState('?x-rate=2,5', 'x-', specs, defaults).state.rate).toBe(2.5);
  });

  it('falls back to the default with a German message naming key, value and range', () => {
    expect(readUrlState('?x-n=abc', 'x-', specs, defaults)).toEqual({
      state: defaults,
      errors: [
        'URL-Parameter „x-n“: „abc“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 32). Verwendet wird der Standardwert 4.',
      ],
    });
  });

  it('rejects out-of-range numbers, NaN, Infinity, fractions for integers and unknown choices', () => {
    const { state, errors } = readUrlState('?x-n=2.5&x-rate=NaN&x-kind=c&x-w=1,0', 'x-', specs, defaults);
    expect(state).toEqual(defaults);
    expect(errors).toHaveLength(4);
    expect(errors[1]).toContain('eine Zahl von 0,5 bis 100');
    expect(errors[2]).toContain('einer der Werte a, b');
    expect(readUrlState('?x-rate=Infinity', 'x-', specs, defaults).errors).toHaveLength(1);
  });

  it('ignores other prefixes, so two labs on one page do not clash', () => {
    expect(readUrlState('?y-n=abc&n=7', 'x-', specs, defaults)).toEqual({ state: defaults, errors: [] });
  });

  it('writes only non-default values and keeps foreign parameters', () => {
    expect(urlStateQuery('?y-n=3', 'x-', specs, { ...defaults, n: 9, w: [4, 1] }, defaults)).toBe(
      '?y-n=3&x-n=9&x-w=4,1',
    );
    expect(urlStateQuery('?x-n=9', 'x-', specs, defaults, defaults)).toBe('');
  });

  it('round-trips any valid state (property)', () => {
    const state = fc.record({
      n: fc.integer({ min: 1, max: 32 }),
      rate: fc.double({ min: 0.5, max: 100, noNaN: true }),
      kind: fc.constantFrom('a' as const, 'b' as const),
      w: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(state, (value) => {
        const query = urlStateQuery('', 'x-', specs, value, defaults);
        expect(readUrlState(query, 'x-', specs, defaults)).toEqual({ state: value, errors: [] });
      }),
    );
  });
});

describe('lists in form fields', () => {
  const speeds = listParam(numberParam(0.1, 10), 4);

  it('shows decimals with a German comma and separates items with semicolons', () => {
    expect(fieldText(speeds, [1.5, 2, 2.5])).toBe('1,5; 2; 2,5');
    expect(fieldValue(speeds, '1,5; 2; 2,5; 1')).toEqual([1.5, 2, 2.5, 1]);
  });

  it('never reads a decimal comma as a separator: commas alone are not a list in a field', () => {
    expect(fieldValue(speeds, '1,5,2,2,5')).toBeUndefined();
    expect(fieldAllowed(speeds)).toContain('durch Semikolons getrennt');
  });

  it('keeps comma lists in the URL (decimals with a dot) and accepts semicolons there too', () => {
    expect(speeds.parse('1.5,2')).toEqual([1.5, 2]);
    expect(speeds.parse('1,5;2')).toEqual([1.5, 2]);
    expect(speeds.format([1.5, 2])).toBe('1.5,2');
  });

  it('round-trips any list through the field (property)', () => {
    const list = fc.array(
      fc.integer({ min: 1, max: 100 }).map((n) => n / 10),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(list, (values) => {
        expect(fieldValue(speeds, fieldText(speeds, values))).toEqual(values);
      }),
    );
  });
});
