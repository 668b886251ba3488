// The labs' worker protocol (src/components/lab/worker/): a job split into steps gives exactly the
// engine's answer with progress after each step, and the runner keeps jobs in line, drops cancelled
// ones (stopping a running worker) and works without a worker too. The fake worker below runs the
// real runJob, as engine.worker.ts does, only in the same thread.
import { describe, expect, it } from 'vitest';
import {
  curveSizes,
  missRatioCurve,
  runTrace,
  traceFor,
  validateCacheScenario,
  type CacheScenario,
} from '../../../src/sim/caching/index.ts';
import { SCHEME_IDS, simulatePartitioning } from '../../../src/sim/partitioning/index.ts';
import {
  DEFAULTS as PARTITION_DEFAULTS,
  toPartitionScenario,
} from '../../../src/components/partitioning/labState.ts';
import { simulateQueue } from '../../../src/sim/queue/index.ts';
import {
  DEFAULTS as QUEUE_DEFAULTS,
  toScenario as toQueueScenario,
} from '../../../src/components/queue/labState.ts';
import { hockeyScenarios, hockeyStick } from '../../../src/components/queue/hockeyCurve.ts';
import { createJobRunner, type WorkerLike } from '../../../src/components/lab/worker/client.ts';
import { runJob, type FromWorker, type JobProgress } from '../../../src/components/lab/worker/jobs.ts';

function scenario(length: number): CacheScenario {
  const checked = validateCacheScenario({
    workload: { kind: 'zipf', keys: 500, alpha: 0.9, length },
    policies: ['lru', 'fifo', 'opt'],
    capacity: 50,
    seed: 7,
    ttl: 100,
    windows: 20,
    warmup: 0,
  });
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join());
  return checked.value;
}

/** A stand-in worker: answers each message after a macrotask, by the same runJob as the real one. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  posted: number[] = [];
  terminated = false;
  private listeners: ((event: { data: FromWorker }) => void)[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage({ id, request }: Parameters<WorkerLike['postMessage']>[0]) {
    this.posted.push(id);
    setTimeout(() => {
      if (this.terminated) return;
      const send = (data: FromWorker) => this.listeners.forEach((listen) => listen({ data }));
      const result = runJob(request, (progress) => send({ id, type: 'progress', progress }));
      send({ id, type: 'done', result });
    }, 5);
  }
  addEventListener(type: 'message' | 'error', listener: (event: { data: FromWorker }) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  terminate() {
    this.terminated = true;
  }
}

const never = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => 'settled'), new Promise((done) => setTimeout(() => done('open'), 50))]);

describe('engine jobs', () => {
  it('a cache run gives the engine’s own runs, with progress after the trace and after each policy', () => {
    const s = scenario(5000);
    const seen: JobProgress[] = [];
    const { trace, runs } = runJob({ kind: 'cache-run', scenario: s }, (p) => seen.push(p));
    const direct = traceFor(s.workload, s.seed);
    expect(trace).toEqual(direct);
    expect(runs).toEqual(
      s.policies.map((policy) => runTrace(policy, s.capacity, direct, { seed: 7, ttl: 100 }, 20, 0)),
    );
    expect(seen).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4 })));
  });

  it('a miss-ratio curve computed one policy at a time equals the curve over all at once', () => {
    const trace = traceFor(scenario(4000).workload, 3);
    const sizes = curveSizes(500, 6);
    const settings = { seed: 3, ttl: 50 };
    const seen: number[] = [];
    const split = runJob(
      { kind: 'cache-curve', trace, policies: ['opt', 'lfu', 'ttl'], sizes, settings },
      (p) => seen.push(p.done),
    );
    expect(split).toEqual(missRatioCurve(trace, ['opt', 'lfu', 'ttl'], sizes, settings));
    expect(seen).toEqual([1, 2, 3]);
  });

  it('the placement schemes give the engine’s results in order, one progress step per scheme', () => {
    const scenarios = SCHEME_IDS.map((scheme) => {
      const { scenario } = toPartitionScenario({ ...PARTITION_DEFAULTS, keys: 3000, event: 'fail' }, scheme);
      if (!scenario) throw new Error(scheme);
      return scenario;
    });
    const seen: JobProgress[] = [];
    const results = runJob({ kind: 'partition-schemes', scenarios }, (p) => seen.push(p));
    expect(results).toEqual(scenarios.map((scenario) => simulatePartitioning(scenario)));
    expect(results.map((r) => r.moved)).not.toEqual(results.map(() => 0));
    expect(seen.map((p) => p.done)).toEqual(scenarios.map((_, k) => k + 1));
  });

  it('a queue run gives the engine’s own result, whose timelines survive the trip to the page', () => {
    const { scenario } = toQueueScenario({ ...QUEUE_DEFAULTS, orders: 400 });
    if (!scenario) throw new Error('queue defaults');
    const seen: JobProgress[] = [];
    const result = runJob({ kind: 'queue-run', scenario }, (p) => seen.push(p));
    expect(result).toEqual(simulateQueue(scenario));
    // What postMessage sends: a structured clone keeps the typed arrays of the timeline.
    const copy = structuredClone(result);
    expect(copy).toEqual(result);
    expect(copy.timeline.rejected).toBeInstanceOf(Int32Array);
    expect(seen).toEqual([{ done: 1, total: 1 }]);
  });

  it('the hockey stick’s waits, one run per load in the worker, give the curve the static figure shows', () => {
    const state = { ...QUEUE_DEFAULTS, bakers: 2 };
    const scenarios = hockeyScenarios(state, 2000);
    const seen: number[] = [];
    const waits = runJob({ kind: 'queue-waits', scenarios }, (p) => seen.push(p.done));
    expect(waits).toEqual(hockeyStick(state, 2000).measured);
    expect(seen).toEqual(scenarios.map((_, k) => k + 1));
    // Higher load, longer wait: the curve is the hockey stick, not noise.
    expect(waits[waits.length - 1]).toBeGreaterThan(waits[0]);
  });
});

describe('the job runner', () => {
  it('runs jobs one after another in one worker and reports progress', async () => {
    FakeWorker.made = [];
    const start = createJobRunner(() => new FakeWorker());
    const progress: number[] = [];
    const first = start({ kind: 'cache-run', scenario: scenario(2000) }, (p) => progress.push(p.done));
    const second = start({ kind: 'cache-run', scenario: scenario(3000) }, () => {});
    await Promise.resolve();
    await Promise.resolve();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].posted).toHaveLength(1); // the second waits for the first
    const a = await first.result;
    const b = await second.result;
    expect(a.trace).toHaveLength(2000);
    expect(b.trace).toHaveLength(3000);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('a cancelled waiting job never runs; a cancelled running job stops its worker, the next runs in a new one', async () => {
    FakeWorker.made = [];
    const start = createJobRunner(() => new FakeWorker());
    const running = start({ kind: 'cache-run', scenario: scenario(2000) }, () => {});
    const dropped = start({ kind: 'cache-run', scenario: scenario(2500) }, () => {});
    const last = start({ kind: 'cache-run', scenario: scenario(3000) }, () => {});
    await Promise.resolve();
    dropped.cancel();
    running.cancel();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect((await last.result).trace).toHaveLength(3000);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1].posted).toHaveLength(1);
    expect(await never(running.result)).toBe('open');
    expect(await never(dropped.result)).toBe('open');
  });

  it('a worker whose script cannot load (a sandboxed iframe) hands its job and all later ones to the page', async () => {
    let made = 0;
    const start = createJobRunner(() => {
      made += 1;
      const errors: (() => void)[] = [];
      setTimeout(() => errors.forEach((fail) => fail()), 5);
      return {
        postMessage: () => {},
        addEventListener: (type: string, listener: (event: { data: FromWorker }) => void) => {
          if (type === 'error') errors.push(() => listener({ data: { id: 0, type: 'error', message: '' } }));
        },
        terminate: () => {},
      } as WorkerLike;
    });
    const s = scenario(2000);
    const first = await start({ kind: 'cache-run', scenario: s }, () => {}).result;
    const second = await start({ kind: 'cache-run', scenario: scenario(3000) }, () => {}).result;
    expect(first.runs).toEqual(runJob({ kind: 'cache-run', scenario: s }).runs);
    expect(second.trace).toHaveLength(3000);
    expect(made).toBe(1);
  });

  it('without a worker (none can start) the job runs on the page with the same result', async () => {
    const start = createJobRunner(() => {
      throw new Error('no workers here');
    });
    const seen: number[] = [];
    const s = scenario(2000);
    const { runs } = await start({ kind: 'cache-run', scenario: s }, (p) => seen.push(p.done)).result;
    expect(runs).toEqual(runJob({ kind: 'cache-run', scenario: s }).runs);
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});
