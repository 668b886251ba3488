// The caching lab's guided experiments (src/lib/labs.ts, printed in the handout) ask questions whose
// answers the lab shows. Each test runs the lab's own scenario and checks the answer it teaches.
import { describe, expect, it } from 'vitest';
import {
  createCache,
  isScanAccess,
  simulate,
  stepTrace,
  traceFor,
  type ScanWorkload,
} from '../../../src/sim/caching/index.ts';
import {
  BELADY_TRACE,
  DEFAULTS,
  readCacheState,
  toRunScenario,
  workloadOf,
} from '../../../src/components/caching/labState.ts';
import { NEXT_USE_LABEL, nextUses, nextUseText } from '../../../src/components/caching/StepTable.tsx';
import { LABS } from '../../../src/lib/labs.ts';

const experiments = LABS.find((lab) => lab.id === 'caching')!.experiments;

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

  it('OPT’s row „Wieder gebraucht“ shows how many accesses later a key comes back, never an access number', () => {
    const opt = stepTrace('opt', 3, Int32Array.from(BELADY_TRACE), {
      seed: DEFAULTS.seed,
      ttl: DEFAULTS.ttl,
    });
    const next = nextUses(opt);
    // After access 3 the keys 1, 2, 3 come back with accesses 5, 6 and 10: 2, 3 and 7 accesses later.
    expect(next[2].map((at) => nextUseText(at, 2))).toEqual(['+2', '+3', '+7']);
    // After access 12 no key comes again.
    expect(next[11].map((at) => nextUseText(at, 11))).toEqual(['nie', 'nie', 'nie']);
    // The texts that send the reader to the row quote its label.
    const pointing = experiments.filter(
      (e) => e.explanation.includes('OPT') && e.explanation.includes('Zeile'),
    );
    expect(pointing.map((e) => e.setup)).toEqual(['?c.preset=belady', '?c.preset=scan']);
    for (const e of pointing) expect(e.explanation).toContain(`Zeile „${NEXT_USE_LABEL}“`);
  });

  it('Versuch 6: during the scan OPT’s row shows +1 … +5 for 1 and 2 and „nie“ for the scan key', () => {
    const { state } = readCacheState('?c.preset=scan');
    const opt = stepTrace('opt', state.frames, Int32Array.from(state.trace), {
      seed: state.seed,
      ttl: state.sttl,
    });
    const next = nextUses(opt);
    expect(state.trace.slice(6, 10)).toEqual([10, 11, 12, 13]);
    const shown = new Set<string>();
    for (let t = 6; t < 10; t++) {
      opt.steps[t].slots.forEach((key, slot) => {
        const text = nextUseText(next[t][slot], t);
        if (key === 1 || key === 2) shown.add(text);
        else expect(text, `Schlüssel ${key} nach Zugriff ${t + 1}`).toBe('nie');
      });
    }
    expect([...shown].sort()).toEqual(['+1', '+2', '+3', '+4', '+5']);
    const scan = experiments.find((e) => e.setup === '?c.preset=scan')!;
    expect(scan.explanation).toContain('(Zugriffe 7 bis 10)');
    expect(scan.explanation).toContain('(+1 bis +5)');
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

  describe('hot set and scans in a long run (?c.preset=scanlauf)', () => {
    const { state, errors } = readCacheState('?c.preset=scanlauf');
    const workload = workloadOf(state) as ScanWorkload;
    const { runs, windowEnd } = (() => {
      const result = simulate(toRunScenario(state).scenario!);
      return { runs: result.runs, windowEnd: result.runs[0].windowEnd };
    })();
    const ratio = (policy: 'lru' | 'lfu', w: number) =>
      runs.find((run) => run.policy === policy)!.windowHitRatio[w];
    // Windows lying wholly inside a scan phase, wholly outside (and not right after one), right after.
    const start = (w: number) => (w === 0 ? 0 : windowEnd[w - 1]);
    const scanIn = (w: number) => {
      let n = 0;
      for (let i = start(w); i < windowEnd[w]; i += 1) if (isScanAccess(workload, i)) n += 1;
      return n;
    };
    const windows = Array.from(windowEnd, (_, w) => w);
    const during = windows.filter((w) => scanIn(w) >= ((windowEnd[w] - start(w)) * 2) / 3 - 1);
    const after = windows.filter((w) => w > 0 && scanIn(w) === 0 && scanIn(w - 1) > 0);
    const between = windows.filter((w) => w > 0 && scanIn(w) === 0 && !after.includes(w));

    it('is the preset the text describes: 100 hot keys, 120 slots, five scans over the other 900 keys', () => {
      expect(errors).toEqual([]);
      expect(state).toMatchObject({ mode: 'run', wl: 'scan', size: 120, policy: 'lru', cmp: ['lfu'] });
      expect(workload).toMatchObject({ hotKeys: 100, keys: 1000 });
      const trace = traceFor(workload, state.seed);
      const scans = new Set<number>();
      for (let i = 0; i < trace.length; i += 1) {
        if (isScanAccess(workload, i)) {
          expect(trace[i]).toBeGreaterThanOrEqual(100);
          scans.add(Math.floor(i / workload.period));
        } else expect(trace[i]).toBeLessThan(100);
      }
      expect(scans.size).toBe(5);
      expect(during.length).toBeGreaterThanOrEqual(15);
    });

    it('each scan reads the 900 cold keys in turn, nearly twice; a key comes back only after 900 other scan reads', () => {
      const trace = traceFor(workload, state.seed);
      const cold = workload.keys - workload.hotKeys;
      const perScan = new Map<number, number>();
      const lastSeen = new Map<number, number>();
      let scanReads = 0;
      for (let i = 0; i < trace.length; i += 1) {
        if (!isScanAccess(workload, i)) continue;
        const scan = Math.floor(i / workload.period);
        perScan.set(scan, (perScan.get(scan) ?? 0) + 1);
        // „erst nach rund 900 anderen Scan-Zugriffen wieder an die Reihe“
        const before = lastSeen.get(trace[i]);
        if (before !== undefined) expect(scanReads - before).toBe(cold);
        lastSeen.set(trace[i], scanReads);
        scanReads += 1;
      }
      // „jedes Mal knapp zweimal hintereinander“: between one and a half and two passes per scan.
      for (const reads of perScan.values()) {
        expect(reads).toBeGreaterThan(1.5 * cold);
        expect(reads).toBeLessThan(2 * cold);
      }
    });

    it('so every scan read misses, under LRU and under LFU', () => {
      const trace = traceFor(workload, state.seed);
      const lfu = createCache('lfu', state.size, {});
      const lru = createCache('lru', state.size, {});
      let scanReads = 0;
      for (let i = 0; i < trace.length; i += 1) {
        const [a, b] = [lfu.access(trace[i], i), lru.access(trace[i], i)];
        if (!isScanAccess(workload, i)) continue;
        scanReads += 1;
        expect(a).toBe(false);
        expect(b).toBe(false);
      }
      expect(scanReads).toBeGreaterThan(5 * (workload.keys - workload.hotKeys));
    });

    it('between the scans both hit almost always (the hot set fits)', () => {
      for (const w of between) {
        expect(ratio('lru', w)).toBeGreaterThan(0.99);
        expect(ratio('lfu', w)).toBeGreaterThan(0.99);
      }
    });

    it('during a scan both drop; LFU to a third, hitting every read of the hot set; LRU to about 10 %', () => {
      for (const w of during) {
        expect(ratio('lfu', w)).toBeGreaterThan(0.3);
        expect(ratio('lfu', w)).toBeLessThan(0.37);
        expect(ratio('lru', w)).toBeGreaterThan(0.05);
        expect(ratio('lru', w)).toBeLessThan(0.15);
      }
      // Replayed access by access: LFU hits every hot read during a scan, LRU misses most of them.
      const trace = traceFor(workload, state.seed);
      const lfu = createCache('lfu', state.size, {});
      const lru = createCache('lru', state.size, {});
      let hot = 0;
      let lfuHits = 0;
      let lruHits = 0;
      for (let i = 0; i < trace.length; i += 1) {
        const [a, b] = [lfu.access(trace[i], i), lru.access(trace[i], i)];
        const phase = (i % workload.period) - Math.floor((workload.period - workload.scanSpan) / 2);
        const inScan = phase >= 0 && phase < workload.scanSpan;
        // From the second scan on (the first finds LFU's counters still young).
        if (!inScan || isScanAccess(workload, i) || i < workload.period) continue;
        hot += 1;
        if (a) lfuHits += 1;
        if (b) lruHits += 1;
      }
      expect(lfuHits).toBe(hot);
      expect(lruHits / hot).toBeLessThan(0.5);
    });

    it('right after a scan LRU still misses part of the hot set; over the whole run LFU is ahead', () => {
      expect(after.length).toBe(5);
      for (const w of after) expect(ratio('lru', w)).toBeLessThan(ratio('lfu', w));
      expect(ratio('lfu', 0)).toBeGreaterThan(0); // sanity: the runs exist
      expect(runs.find((r) => r.policy === 'lfu')!.hitRatio).toBeGreaterThan(
        runs.find((r) => r.policy === 'lru')!.hitRatio,
      );
    });
  });
});
