/**
 * The note a lab shows while a long run computes in its worker (worker/useJob.ts): what is being
 * computed and how far it got, as a progress bar. It appears only when the run takes longer than
 * about 300 ms (lab.css delays it), so quick runs do not flicker.
 */
import type { JobProgress } from './worker/jobs.ts';

/**
 * @example
 * {run.progress && <JobProgressNote id="c-run-progress" label="Lauf wird berechnet" progress={run.progress} />}
 */
export function JobProgressNote({
  id,
  label,
  progress,
}: {
  id: string;
  label: string;
  progress: JobProgress;
}) {
  return (
    <div class="lab-progress" role="status" data-testid={id}>
      <label for={id}>{label} …</label>
      <progress id={id} max={progress.total} value={progress.done}>
        {progress.done} von {progress.total}
      </progress>
      <span class="lab-progress-count">
        {progress.done} von {progress.total} Schritten
      </span>
    </div>
  );
}
