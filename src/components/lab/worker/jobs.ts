/**
 * The long engine runs a lab hands to its Web Worker (engine.worker.ts), as plain data in and out,
 * split into steps so the worker can report progress between them. Pure: the same function runs in
 * the worker and, where no worker can start, on the page (client.ts); the engines are reached only
 * through their index.ts.
 */
import {
  missRatioCurve,
  runHierarchy,
  runTrace,
  traceFor,
  type CacheScenario,
  type HierarchySettings,
  type HierarchyResult,
  type MissRatioCurve,
  type PolicyId,
  type PolicySettings,
  type RunResult,
} from '../../../sim/caching/index.ts';
import {
  simulatePartitioning,
  type PartitionResult,
  type PartitionScenario,
} from '../../../sim/partitioning/index.ts';
import { simulateQueue, type QueueResult, type QueueScenario } from '../../../sim/queue/index.ts';

/** What a lab asks for. */
export type JobRequest =
  | { kind: 'cache-run'; scenario: CacheScenario }
  | {
      kind: 'cache-curve';
      trace: Int32Array;
      policies: PolicyId[];
      sizes: number[];
      settings: PolicySettings;
    }
  | { kind: 'cache-hierarchy'; trace: Int32Array; settings: HierarchySettings }
  | { kind: 'partition-schemes'; scenarios: PartitionScenario[] }
  | { kind: 'queue-run'; scenario: QueueScenario }
  | { kind: 'queue-waits'; scenarios: (QueueScenario | null)[] };

/** What it gets back, by kind. */
export interface JobResults {
  'cache-run': { trace: Int32Array; runs: RunResult[] };
  'cache-curve': MissRatioCurve;
  'cache-hierarchy': HierarchyResult;
  'partition-schemes': PartitionResult[];
  'queue-run': QueueResult;
  /** Mean waiting time of each run (NaN where there was no scenario). */
  'queue-waits': number[];
}

export type JobResult<R extends JobRequest> = JobResults[R['kind']];

/** Steps done of all steps; a step is one policy's run, the trace, the whole hierarchy, one queue run. */
export interface JobProgress {
  done: number;
  total: number;
}

/** Messages between the page and the worker. */
export type ToWorker = { id: number; request: JobRequest };
export type FromWorker =
  | { id: number; type: 'progress'; progress: JobProgress }
  | { id: number; type: 'done'; result: JobResults[keyof JobResults] }
  | { id: number; type: 'error'; message: string };

/**
 * Runs a job step by step, calling `onProgress` after each step.
 *
 * @example
 * runJob({ kind: 'cache-run', scenario }, (p) => console.log(`${p.done}/${p.total}`));
 * // 1/3 (the trace), 2/3, 3/3 (one per policy); returns { trace, runs }
 */
export function runJob<R extends JobRequest>(
  request: R,
  onProgress: (progress: JobProgress) => void = () => {},
): JobResult<R> {
  return run(request, onProgress) as JobResult<R>;
}

function run(request: JobRequest, onProgress: (progress: JobProgress) => void): JobResults[keyof JobResults] {
  switch (request.kind) {
    case 'cache-run': {
      const { scenario } = request;
      const total = scenario.policies.length + 1;
      const trace = traceFor(scenario.workload, scenario.seed);
      onProgress({ done: 1, total });
      const settings = { seed: scenario.seed, ttl: scenario.ttl };
      const runs = scenario.policies.map((policy, k) => {
        const result = runTrace(
          policy,
          scenario.capacity,
          trace,
          settings,
          scenario.windows,
          scenario.warmup,
        );
        onProgress({ done: k + 2, total });
        return result;
      });
      return { trace, runs };
    }
    case 'cache-curve': {
      // One policy at a time: each curve is independent of the others (OPT's next uses come from the
      // trace alone), so the parts join into the same curve as one call over all policies.
      const { trace, policies, sizes, settings } = request;
      const curves = policies.map((policy, k) => {
        const part = missRatioCurve(trace, [policy], sizes, settings).curves[0];
        onProgress({ done: k + 1, total: policies.length });
        return part;
      });
      return { sizes: [...sizes], curves };
    }
    case 'cache-hierarchy': {
      const result = runHierarchy(request.trace, request.settings);
      onProgress({ done: 1, total: 1 });
      return result;
    }
    case 'partition-schemes': {
      const { scenarios } = request;
      return scenarios.map((scenario, k) => {
        const result = simulatePartitioning(scenario);
        onProgress({ done: k + 1, total: scenarios.length });
        return result;
      });
    }
    case 'queue-run': {
      const result = simulateQueue(request.scenario);
      onProgress({ done: 1, total: 1 });
      return result;
    }
    case 'queue-waits': {
      const { scenarios } = request;
      return scenarios.map((scenario, k) => {
        const wait = scenario ? simulateQueue(scenario).wait.mean : NaN;
        onProgress({ done: k + 1, total: scenarios.length });
        return wait;
      });
    }
  }
}
