// One validation for all engines (src/sim/shared/validate.ts): messages name the label the reader
// sees, the labs' bounds and defaults come from the engines' ranges, and the URL falls back to the
// default with a German message. The property tests prove the point of deriving the bounds: nothing
// a lab accepts is rejected by its engine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Checker,
  defineRange,
  describeRange,
  labelWithBounds,
  narrowRange,
  scaleRange,
} from '../../../src/sim/shared/index.ts';
import { LIMITS as LB_LIMITS, validateScenario } from '../../../src/sim/loadbalancing/index.ts';
import { LIMITS as CACHE_LIMITS } from '../../../src/sim/caching/index.ts';
import * as lb from '../../../src/components/loadbalancing/labState.ts';
import * as cache from '../../../src/components/caching/labState.ts';
import type { Range } from '../../../src/sim/shared/index.ts';

const valueIn = (range: Range) =>
  range.integer
    ? fc.integer({ min: range.min, max: range.max })
    : fc.double({ min: range.min, max: range.max, noNaN: true });

describe('the range form', () => {
  it('refuses a default outside its bounds and a lab range wider than the engine’s', () => {
    expect(() => defineRange({ label: 'x', min: 1, max: 5, default: 9 })).toThrow(/„x“/);
    expect(() => defineRange({ label: 'x', min: 1, max: 5, integer: true, default: 2.5 })).toThrow();
    expect(() => narrowRange(LB_LIMITS.requests, { max: 5_000_000 })).toThrow(/weiter als/);
    expect(narrowRange(LB_LIMITS.requests, { max: 20_000 })).toMatchObject({ min: 1, max: 20_000 });
  });

  it('describes bounds and units in German and scales shares to percent', () => {
    expect(describeRange(LB_LIMITS.speed)).toBe('eine Zahl von 0,1 bis 10');
    expect(describeRange(LB_LIMITS.concurrency)).toBe('eine ganze Zahl von 1 bis 1.000');
    expect(describeRange(LB_LIMITS.atMs)).toBe('eine Zahl von 0 bis 1.000.000.000 ms');
    expect(scaleRange(LB_LIMITS.hotShare, 100, '%')).toMatchObject({ min: 0, max: 100, unit: '%' });
    expect(labelWithBounds(cache.RANGES.nodes)).toBe('Cache-Knoten (0–16)');
  });

  it('collects every problem and answers with the default meanwhile', () => {
    const read = new Checker();
    expect(read.number(0, 'servers[1].weight', LB_LIMITS.weight, 'bei Server 2')).toBe(1);
    expect(read.number(undefined, 'seed', LB_LIMITS.seed, undefined, true)).toBe(1);
    expect(read.number(undefined, 'seed', LB_LIMITS.seed)).toBe(1);
    expect(read.result('value')).toEqual({
      ok: false,
      errors: [
        {
          field: 'servers[1].weight',
          label: 'Gewicht',
          message: '„Gewicht“ bei Server 2 muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).',
        },
        {
          field: 'seed',
          label: 'Seed',
          message: '„Seed“ muss eine ganze Zahl von 0 bis 4.294.967.295 sein (erhalten: nichts).',
        },
      ],
    });
  });
});

describe('messages name the field the reader sees', () => {
  it('calls a server’s queue by the lab’s label, not servers[0].queueLimit', () => {
    const checked = validateScenario({ servers: [{ queueLimit: 20_000 }] });
    expect(!checked.ok && checked.errors.map((error) => error.message)).toEqual([
      '„Plätze in der Warteschlange“ bei Server 1 muss eine ganze Zahl von 0 bis 10.000 sein (erhalten: 20.000).',
    ]);
    expect(lb.RANGES.q.label).toBe('Plätze in der Warteschlange');
  });

  it('names a failed server S1, S2, … as the lab’s select does', () => {
    const checked = validateScenario({ servers: [{}, {}], events: [{ atMs: 0, server: 3, up: false }] });
    expect(!checked.ok && checked.errors[0].message).toBe(
      '„Server fällt aus“ bei Ereignis 1 muss einer von S1 bis S2 sein (erhalten: S4).',
    );
  });

  it('labels every URL message about a numeric field with the field’s label', () => {
    const { state, errors } = lb.readLbState('?lb-conc=5000&lb-q=-1');
    expect(state.conc).toBe(LB_LIMITS.concurrency.default);
    expect(state.q).toBe(LB_LIMITS.queueLimit.default);
    expect(errors).toEqual([
      'Feld „Worker je Server“, URL-Parameter „lb-conc“: „5000“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 1.000). Verwendet wird der Standardwert 4.',
      'Feld „Plätze in der Warteschlange“, URL-Parameter „lb-q“: „-1“ ist ungültig (erlaubt: eine ganze Zahl von 0 bis 10.000). Verwendet wird der Standardwert 50.',
    ]);
  });

  it('gives the caching lab’s narrower bound and default for an out-of-range URL value', () => {
    const { state, errors } = cache.readCacheState('?c.nodes=40&c.len=10');
    expect(state.nodes).toBe(CACHE_LIMITS.nodes.default);
    expect(state.len).toBe(CACHE_LIMITS.length.default);
    expect(errors).toEqual([
      'Feld „Anzahl der Zugriffe“, URL-Parameter „c.len“: „10“ ist ungültig (erlaubt: eine ganze Zahl von 1.000 bis 500.000). Verwendet wird der Standardwert 50000.',
      'Feld „Cache-Knoten“, URL-Parameter „c.nodes“: „40“ ist ungültig (erlaubt: eine ganze Zahl von 0 bis 16). Verwendet wird der Standardwert 4.',
    ]);
  });
});

describe('lab bounds and defaults come from the engine', () => {
  it('uses the engine’s defaults, including the queue of 50 places and 1–1000 workers', () => {
    expect(lb.DEFAULTS.q).toBe(LB_LIMITS.queueLimit.default);
    expect(lb.DEFAULTS.conc).toBe(LB_LIMITS.concurrency.default);
    expect(lb.SPECS.conc.allowed).toBe(describeRange(LB_LIMITS.concurrency));
    expect(lb.SPECS.q.parse('10000')).toBe(10_000);
    expect(cache.DEFAULTS.size).toBe(CACHE_LIMITS.capacity.default);
    expect(cache.DEFAULTS.keys).toBe(CACHE_LIMITS.keys.default);
  });

  it('never offers what the load-balancing engine rejects (property)', () => {
    const R = lb.RANGES;
    const state = fc
      .record({
        n: valueIn(R.n),
        conc: valueIn(R.conc),
        q: valueIn(R.q),
        rate: valueIn(R.rate),
        ms: valueIn(R.ms),
        count: valueIn(R.count),
        long: valueIn(R.long),
        hot: valueIn(R.hot),
        downat: valueIn(R.downat),
        upat: valueIn(R.upat),
        seed: valueIn(R.seed),
        w: fc.array(valueIn(LB_LIMITS.weight), { minLength: 1, maxLength: 32 }),
        v: fc.array(valueIn(LB_LIMITS.speed), { minLength: 1, maxLength: 32 }),
        down: fc.integer({ min: 0, max: 32 }),
        arr: fc.constantFrom('constant', 'poisson', 'bursts'),
        svc: fc.constantFrom('constant', 'exponential', 'pareto', 'lognormal'),
      } as const)
      .map((s) => ({ ...lb.DEFAULTS, ...s, down: Math.min(s.down, s.n) }));
    fc.assert(
      fc.property(state, (s) => {
        expect(lb.toScenario(s as lb.LbState, 'roundRobin').errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never offers what the caching engine rejects (property)', () => {
    const R = cache.RANGES;
    const state = fc
      .record({
        keys: valueIn(R.keys),
        alpha: valueIn(R.alpha),
        len: valueIn(R.len),
        size: valueIn(R.size),
        ttl: valueIn(R.ttl),
        seed: valueIn(R.seed),
        nodes: valueIn(R.nodes),
        nsize: valueIn(R.nsize),
        lsize: valueIn(R.lsize),
        bsize: valueIn(R.bsize),
        fail: fc.integer({ min: 0, max: cache.MAX_NODES }),
        wl: fc.constantFrom(...cache.WORKLOAD_KINDS),
      })
      .map((s) => ({ ...cache.DEFAULTS, ...s, fail: s.nodes >= 2 ? Math.min(s.fail, s.nodes) : 0 }));
    fc.assert(
      fc.property(state, (s) => {
        expect(cache.toRunScenario(s).errors).toEqual([]);
        expect(cache.toHierarchyScenario(s).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
