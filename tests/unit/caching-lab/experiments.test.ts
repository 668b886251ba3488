// The caching lab's guided experiments (src/lib/labs.ts, printed in the handout) ask questions whose
// answers the lab shows. Each test runs the lab's own scenario and checks the answer it teaches.
import { describe, expect, it } from 'vitest';
import { simulate, stepTrace } from '../../../src/sim/caching/index.ts';
import {
  BELADY_TRACE,
  DEFAULTS,
  readCacheState,
  toRunScenario,
} from '../../../src/components/caching/labState.ts';
import { nextUses } from '../../../src/components/caching/StepTable.tsx';

const faults = (policy: 'fifo' | 'lru' | 'opt', frames: number) =>
  stepTrace(policy, frames, Int32Array.from(BELADY_TRACE), { seed: DEFAULTS.seed, ttl: DEFAULTS.ttl }).misses;

function hitRatios(state: Partial<typeof DEFAULTS>) {
  const { scenario, errors } = toRunScenario({ ...DEFAULTS, mode: 'run', ...state });
  expect(errors).toEqual([]);
  return Object.fromEntries(simulate(scenario!).runs.map((run) => [run.policy, run.hitRatio]));
}

describe('the caching lab’s guided experiments', () => {
  it('a scan flushes LRU’s hot set (8 misses) while LFU keeps it (6, as few as OPT)', () => {
    const { state, errors } = readCacheState('?c.preset=scan');
    expect(errors).toEqual([]);
    const run = (policy: 'lru' | 'lfu' | 'opt') =>
      stepTrace(policy, state.frames, Int32Array.from(state.trace), { seed: state.seed, ttl: state.sttl });
    expect([run('lru').misses, run('lfu').misses, run('opt').misses]).toEqual([8, 6, 6]);
    // After the scan (access 10) LFU still holds 1 and 2; LRU holds neither.
    expect(run('lfu').steps[9].slots).toEqual(expect.arrayContaining([1, 2]));
    expect(run('lru').steps[9].slots).not.toContain(1);
    expect(run('lru').steps[9].slots).not.toContain(2);
  });

  it('OPT’s next-use row: each key’s next access, none for a key that never comes again', () => {
    const opt = stepTrace('opt', 3, Int32Array.from(BELADY_TRACE), {
      seed: DEFAULTS.seed,
      ttl: DEFAULTS.ttl,
    });
    const next = nextUses(opt);
    // After access 3 (keys 1, 2, 3 loaded) the keys come back at accesses 5, 6 and 10.
    expect(next[2]).toEqual([5, 6, 10]);
    // OPT evicts, at every eviction, the key whose next use was farthest away (or never).
    for (let t = 1; t < opt.steps.length; t++) {
      const evicted = opt.steps[t].evicted;
      if (evicted === null) continue;
      const before = opt.steps[t - 1].slots;
      const far = (at: number | null) => at ?? Infinity;
      const farthest = Math.max(...next[t - 1].map(far));
      expect(far(next[t - 1][before.indexOf(evicted)])).toBe(farthest);
    }
  });

  it('Belady’s sequence: FIFO faults 9 times with three frames and 10 times with four', () => {
    expect([faults('fifo', 3), faults('fifo', 4)]).toEqual([9, 10]);
  });

  it('the same sequence: LRU lies above the lower bound OPT gives', () => {
    expect(faults('opt', 3)).toBeLessThan(faults('lru', 3));
    expect(faults('opt', 4)).toBeLessThan(faults('lru', 4));
  });

  it('Zipf load: a cache for a tenth of the keys answers about half the requests, and each extra slot brings fewer hits than the one before', () => {
    const tenth = DEFAULTS.keys / 10;
    expect(hitRatios({ wl: 'zipf', policy: 'lru', size: tenth }).lru).toBeGreaterThan(0.4);
    const sizes = [tenth / 4, tenth / 2, tenth, tenth * 2, tenth * 4];
    const ratios = sizes.map((size) => hitRatios({ wl: 'zipf', policy: 'lru', size }).lru!);
    const perSlot = sizes.slice(1).map((size, i) => (ratios[i + 1]! - ratios[i]!) / (size - sizes[i]!));
    for (let i = 1; i < perSlot.length; i += 1) expect(perSlot[i]).toBeLessThan(perSlot[i - 1]!);
  });

  it('a shifting hot set: LRU stays ahead of LFU, which clings to keys that were hot before', () => {
    const ratios = hitRatios({ wl: 'shifting', policy: 'lru', cmp: ['lfu'] });
    expect(ratios.lru).toBeGreaterThan(ratios.lfu!);
  });
});
