/**
 * The page's side of the labs' Web Worker (engine.worker.ts): jobs wait in line and run one after
 * another in one worker. Cancelling a waiting job takes it out of the line; cancelling the running
 * one stops the worker for good and the next job starts in a fresh one, so a reader who changes a
 * setting never waits for a run nobody wants any more. Where no worker can start, a job runs on the
 * page after the current task.
 */
import { runJob, type FromWorker, type JobProgress, type JobRequest, type JobResult } from './jobs.ts';

/** What the runner needs of a worker (a real Worker, or a stand-in in the unit tests). */
export interface WorkerLike {
  postMessage(message: { id: number; request: JobRequest }): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

export interface RunningJob<T> {
  result: Promise<T>;
  /** Ends the job (waiting or running); its promise then never settles. */
  cancel: () => void;
}

interface Queued {
  id: number;
  request: JobRequest;
  onProgress: (progress: JobProgress) => void;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A job runner over workers made by `makeWorker` (null: none can start, run on the page).
 *
 * @example
 * const start = createJobRunner(() => new Worker(url, { type: 'module' }));
 * const job = start({ kind: 'cache-run', scenario }, (p) => setProgress(p));
 * job.result.then(({ runs }) => setRuns(runs)); // job.cancel() on a new setting
 */
export function createJobRunner(makeWorker: () => WorkerLike | null) {
  const waiting: Queued[] = [];
  let running: Queued | null = null;
  let worker: WorkerLike | null = null;
  let nextId = 1;

  const finish = (job: Queued) => {
    if (running !== job) return false;
    running = null;
    queueMicrotask(next);
    return true;
  };

  const onMessage = ({ data }: { data: FromWorker }) => {
    const job = running;
    if (!job || data.id !== job.id) return;
    if (data.type === 'progress') job.onProgress(data.progress);
    else if (finish(job)) {
      if (data.type === 'done') job.resolve(data.result);
      else job.reject(new Error(data.message));
    }
  };

  // A worker that fails before it ever answered cannot start here (a sandboxed iframe without an
  // origin of its own may not load the script): from then on, jobs run on the page.
  let workersFail = false;
  let answered = false;

  const ownWorker = (): WorkerLike | null => {
    if (worker || workersFail) return worker;
    try {
      worker = makeWorker();
    } catch {
      workersFail = true;
      worker = null;
    }
    if (worker) {
      const own = worker;
      own.addEventListener('message', (event) => {
        answered = true;
        onMessage(event);
      });
      own.addEventListener('error', () => {
        const job = running;
        if (worker === own) worker = null;
        own.terminate();
        if (!answered) {
          workersFail = true;
          if (job) runOnPage(job);
        } else if (job && finish(job)) job.reject(new Error('Der Rechen-Worker ist abgebrochen.'));
      });
    }
    return worker;
  };

  function next(): void {
    if (running || waiting.length === 0) return;
    const job = waiting.shift()!;
    running = job;
    const own = ownWorker();
    if (own) own.postMessage({ id: job.id, request: job.request });
    else runOnPage(job);
  }

  function runOnPage(job: Queued): void {
    setTimeout(() => {
      if (running !== job) return;
      try {
        const result = runJob(job.request, job.onProgress);
        if (finish(job)) job.resolve(result);
      } catch (error) {
        if (finish(job)) job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  }

  return function startJob<R extends JobRequest>(
    request: R,
    onProgress: (progress: JobProgress) => void,
  ): RunningJob<JobResult<R>> {
    let job!: Queued;
    const result = new Promise<JobResult<R>>((resolve, reject) => {
      job = { id: nextId++, request, onProgress, resolve: resolve as (value: unknown) => void, reject };
    });
    waiting.push(job);
    queueMicrotask(next);
    return {
      result,
      cancel: () => {
        const at = waiting.indexOf(job);
        if (at !== -1) waiting.splice(at, 1);
        if (running === job) {
          worker?.terminate();
          worker = null;
          finish(job);
        }
      },
    };
  };
}

/**
 * Runs `request` in the labs' worker; see createJobRunner.
 *
 * @example
 * const job = startJob({ kind: 'cache-hierarchy', trace, settings }, setProgress);
 */
export const startJob = createJobRunner(
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
);
