import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { echoText } from '../../../src/sim/shared/index.ts';
import * as lb from '../../../src/components/loadbalancing/labState.ts';
import * as cache from '../../../src/components/caching/labState.ts';
import * as queue from '../../../src/components/queue/labState.ts';
import type { ParamSpecs } from '../../../src/components/lab/urlState.ts';

// The hostile inputs a reader or a link may carry: bidi overrides, lone surrogates, markup, prototype
// keys, huge numbers, 10,000 characters; mixed with real values so some keys parse.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e309',
    'NaN',
    'Infinity',
    '4,1,1',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    '\u202eevil',
    '😀'.repeat(30),
    'x'.repeat(10_000),
    'lru,lfu,opt,ttl',
    '999999999999999999999',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

function query(prefix: string, keys: readonly string[]) {
  const key = fc.oneof(
    fc.constantFrom(...keys.map((k) => prefix + k)),
    fc.constantFrom(...keys.map((k) => (prefix + k).toUpperCase())),
    fc.constantFrom(`${prefix}__proto__`, `${prefix}constructor`, `${prefix}alg`, prefix),
    fc.string({ maxLength: 12 }),
  );
  return fc
    .array(fc.tuple(key, nasty), { maxLength: 8 })
    .map(
      (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
    );
}

/** A state is usable when every field survives its own format → parse round trip (in range, no NaN). */
function assertUsable<T extends object>(state: T, specs: ParamSpecs<T>) {
  expect(Object.keys(state).sort()).toEqual(Object.keys(specs).sort());
  for (const key of Object.keys(specs) as (keyof T)[]) {
    expect(specs[key].parse(specs[key].format(state[key])), String(key)).toEqual(state[key]);
    expect(specs[key].format(state[key])).not.toMatch(/NaN|Infinity|undefined/);
  }
}

function assertGermanMessages(errors: string[]) {
  for (const message of errors) {
    expect(message).toMatch(/^(URL-Parameter|Feld) „/);
    expect(message).toMatch(/\.$/);
    expect(message).not.toMatch(BIDI);
    expect(message).not.toMatch(LONE_SURROGATE);
    // What the lab says it uses instead (never what the URL said) is a real value.
    const fallback = /Verwendet wird (.*)\.$/u.exec(message)?.[1] ?? '';
    expect(fallback).not.toMatch(/NaN|undefined|\[object/);
    expect(message.length).toBeLessThan(700);
  }
}

describe('URL readers under hostile input', () => {
  it('load balancing: defaults where bad, German messages, a runnable scenario, no prototype pollution', () => {
    fc.assert(
      fc.property(query(lb.PREFIX, Object.keys(lb.SPECS)), (search) => {
        const { state, errors } = lb.readLbState(search);
        assertUsable(state, lb.SPECS);
        assertGermanMessages(errors);
        expect(state.down <= state.n).toBe(true);
        expect(state.upat === 0 || state.down === 0 || state.upat > state.downat).toBe(true);
        expect(lb.toScenario(state, state.algo).errors).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('caching: defaults where bad, German messages', () => {
    fc.assert(
      fc.property(query(cache.PREFIX, Object.keys(cache.SPECS)), (search) => {
        const { state, errors } = cache.readCacheState(search);
        assertUsable(state, cache.SPECS);
        assertGermanMessages(errors);
        expect(state.fail === 0 || (state.fail <= state.nodes && state.nodes >= 2)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('message queue: defaults where bad, German messages, a runnable scenario', () => {
    fc.assert(
      fc.property(query(queue.PREFIX, Object.keys(queue.SPECS)), (search) => {
        const { state, errors } = queue.readQueueState(search);
        assertUsable(state, queue.SPECS);
        assertGermanMessages(errors);
        expect(state.outTo >= state.outFrom).toBe(true);
        expect(queue.toScenario(state).errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('echoed text never exceeds 40 code points and never ends in half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const echoed = echoText(text);
        expect(Array.from(echoed.replace(/…$/, '')).length).toBeLessThanOrEqual(40);
        expect(echoed).not.toMatch(BIDI);
      }),
    );
  });
});

describe('messages the hostile test found', () => {
  it('a right-to-left override cannot reverse the message', () => {
    const [message] = lb.readLbState('?lb-n=%E2%80%AEevil').errors;
    expect(message).toBe(
      'Feld „Anzahl“, URL-Parameter „lb-n“: „evil“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 32). Verwendet wird der Standardwert 4.',
    );
  });

  it('a long value is cut between emoji, not inside one', () => {
    const [message] = lb.readLbState(`?lb-n=${encodeURIComponent('😀'.repeat(50))}`).errors;
    expect(message).toContain(`„${'😀'.repeat(40)}…“`);
    expect(message).not.toContain('\ufffd');
  });

  it('an empty default is named, not left blank', () => {
    const [message] = cache.readCacheState('?c.cmp=lru,lfu,opt,ttl').errors;
    expect(message).toMatch(/Verwendet wird der Standardwert \(keine Auswahl\)\.$/);
  });

  it('unknown and mistyped keys are named with the key probably meant', () => {
    expect(lb.readLbState('?lb-alg=ipHash&LB-N=8').errors).toEqual([
      'URL-Parameter „lb-alg“ ist unbekannt und bleibt unbeachtet (gemeint ist wohl „lb-algo“).',
      'URL-Parameter „LB-N“ ist unbekannt und bleibt unbeachtet (gemeint ist wohl „lb-n“).',
    ]);
    expect(lb.readLbState('?lb-zzzzzzzz=1').errors).toEqual([
      'URL-Parameter „lb-zzzzzzzz“ ist unbekannt und bleibt unbeachtet.',
    ]);
  });

  it('a server that would come back before it fails stays down, and the reader is told', () => {
    const { state, errors } = lb.readLbState('?lb-down=2&lb-downat=10&lb-upat=5');
    expect(state).toMatchObject({ down: 2, downat: 10, upat: 0 });
    expect(errors).toEqual([
      'URL-Parameter „lb-upat“: Server 2 kann nach 5 s nicht zurückkommen, er fällt erst nach 10 s aus („lb-downat“). Er bleibt ausgefallen (wie „wieder verfügbar ab“ = 0).',
    ]);
    expect(lb.readLbState('?lb-down=2&lb-downat=10&lb-upat=20').errors).toEqual([]);
  });

  it('lists say what each entry must be in good German', () => {
    expect(lb.SPECS.w.allowed).toBe(
      'eine Liste (durch Kommas oder Semikolons getrennt, höchstens 32 Einträge), jeder Eintrag eine ganze Zahl von 1 bis 100',
    );
  });
});
