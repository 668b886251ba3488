import { describe, expect, it } from 'vitest';
import { urlStateQuery } from '../../../src/components/lab/urlState.ts';
import {
  BELADY_TRACE,
  DEFAULTS,
  PREFIX,
  readCacheState,
  SPECS,
} from '../../../src/components/caching/labState.ts';

describe('caching lab state in the URL', () => {
  it('uses the defaults without parameters: FIFO on Bélády’s trace with 3 slots', () => {
    expect(readCacheState('')).toEqual({ state: DEFAULTS, errors: [] });
    expect(DEFAULTS.trace).toEqual([1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5]);
    expect(DEFAULTS.frames).toBe(3);
  });

  it('reads valid values of every kind', () => {
    const { state, errors } = readCacheState(
      '?c.mode=run&c.policy=opt&c.cmp=lru,fifo&c.trace=7,8,7&c.frames=4&c.wl=loop&c.alpha=1,2&c.nodes=8&c.fail=3',
    );
    expect(errors).toEqual([]);
    expect(state).toMatchObject({
      mode: 'run',
      policy: 'opt',
      cmp: ['lru', 'fifo'],
      trace: [7, 8, 7],
      frames: 4,
      wl: 'loop',
      alpha: 1.2,
      nodes: 8,
      fail: 3,
    });
  });

  it('accepts an empty comparison list as "none"', () => {
    expect(readCacheState('?c.cmp=none').state.cmp).toEqual([]);
  });

  it('ignores other labs’ parameters', () => {
    expect(readCacheState('?lb-n=abc&policy=lru')).toEqual({ state: DEFAULTS, errors: [] });
  });

  it('rejects a bad policy with a German message naming the key and the default', () => {
    const { state, errors } = readCacheState('?c.policy=mru');
    expect(state.policy).toBe('fifo');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('URL-Parameter „c.policy“: „mru“ ist ungültig');
    expect(errors[0]).toContain('Verwendet wird der Standardwert fifo.');
  });

  it('rejects repeated, unknown or too many compared policies', () => {
    for (const bad of ['lru,lru', 'lru,xyz', 'lru,lfu,fifo,opt']) {
      const { state, errors } = readCacheState(`?c.cmp=${bad}`);
      expect(state.cmp).toEqual([]);
      expect(errors[0]).toContain('„c.cmp“');
    }
  });

  it('explains a bad trace with the engine’s message and falls back to Bélády’s trace', () => {
    const { state, errors } = readCacheState('?c.trace=1,2,x');
    expect(state.trace).toEqual(BELADY_TRACE);
    expect(errors).toEqual([
      'URL-Parameter „c.trace“: Eintrag 3 („x“) ist keine ganze Zahl ≥ 0. Verwendet wird Beladys Beispielfolge 1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5.',
    ]);
  });

  it('rejects a trace too long for the table', () => {
    const long = Array.from({ length: 61 }, (_, i) => i).join(',');
    const { errors } = readCacheState(`?c.trace=${long}`);
    expect(errors[0]).toContain('61 Einträge');
    expect(errors[0]).toContain('höchstens 60');
  });

  it('rejects out-of-range numbers and keeps the defaults', () => {
    const { state, errors } = readCacheState('?c.frames=0&c.len=abc&c.alpha=NaN&c.size=1e3');
    expect(state.frames).toBe(3);
    expect(state.len).toBe(50_000);
    expect(state.alpha).toBe(0.9);
    expect(state.size).toBe(100);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('eine ganze Zahl von 1 bis 8');
  });

  it('drops a failing node that does not exist', () => {
    const { state, errors } = readCacheState('?c.nodes=2&c.fail=5');
    expect(state.fail).toBe(0);
    expect(errors[0]).toContain('Knoten 5 kann nicht ausfallen');
  });

  it('needs two nodes for a failure', () => {
    const { state, errors } = readCacheState('?c.nodes=1&c.fail=1');
    expect(state.fail).toBe(0);
    expect(errors).toHaveLength(1);
  });

  it('round-trips a state through the query string, leaving defaults out', () => {
    const state = {
      ...DEFAULTS,
      mode: 'run' as const,
      policy: 'lru' as const,
      cmp: ['opt' as const],
      frames: 4,
    };
    const query = urlStateQuery('?lb-n=6', PREFIX, SPECS, state, DEFAULTS);
    expect(query).toBe('?lb-n=6&c.mode=run&c.policy=lru&c.cmp=opt&c.frames=4');
    expect(readCacheState(query)).toEqual({ state, errors: [] });
  });

  it('writes a typed trace in a normalised form', () => {
    const parsed = SPECS.trace.parse(' 3; 4  5, ');
    expect(parsed).toEqual([3, 4, 5]);
    expect(SPECS.trace.format(parsed!)).toBe('3,4,5');
  });
});
