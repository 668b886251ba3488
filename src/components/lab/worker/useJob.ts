/**
 * A lab's long run as Preact state: started in the labs' worker whenever its key changes, with
 * progress while it runs (the result is null until the new one arrives).
 */
import { useEffect, useState } from 'preact/hooks';
import { startJob } from './client.ts';
import type { JobProgress, JobRequest, JobResult } from './jobs.ts';

export interface JobState<T> {
  /** The result for the current key, or null while it is computed (or when there is no request). */
  result: T | null;
  /** Progress while running, null otherwise. */
  progress: JobProgress | null;
  /** A German message when the run failed. */
  error: string | null;
}

/**
 * Runs `request` (made by `make`, null = nothing to run) whenever `key` changes.
 *
 * @example
 * const run = useJob(runKey, () => (scenario ? { kind: 'cache-run', scenario } : null));
 * if (run.progress) return <JobProgressNote progress={run.progress} … />;
 */
export function useJob<R extends JobRequest>(key: string, make: () => R | null): JobState<JobResult<R>> {
  const [state, setState] = useState<JobState<JobResult<R>> & { key: string | null }>({
    key: null,
    result: null,
    progress: null,
    error: null,
  });
  useEffect(() => {
    const request = make();
    if (request === null) {
      setState({ key, result: null, progress: null, error: null });
      return undefined;
    }
    setState({ key, result: null, progress: { done: 0, total: 1 }, error: null });
    const job = startJob(request, (progress) =>
      setState((old) => (old.key === key ? { ...old, progress } : old)),
    );
    job.result.then(
      (result) => setState({ key, result, progress: null, error: null }),
      (error: unknown) =>
        setState({
          key,
          result: null,
          progress: null,
          error: `Die Berechnung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return job.cancel;
  }, [key]);
  // Until the effect has started the run for a new key, the old key's state must not show.
  if (state.key !== key) return { result: null, progress: { done: 0, total: 1 }, error: null };
  return state;
}
