/**
 * A lab's summary of its figures, in two forms: the visible sentence, always in step with the table
 * (same moment, same rounding, as the lab builds it from the table's own formatting), and a polite
 * live region for screen readers that changes at most every few seconds while the lab plays, so
 * they are not flooded; the latest figures always arrive.
 */
import { useThrottled } from './hooks.ts';

/**
 * @example
 * <LiveSummary text="Round Robin: p95 120 ms, 0 verworfen." />
 */
export function LiveSummary({ text, throttleMs = 3000 }: { text: string; throttleMs?: number }) {
  const announced = useThrottled(text, throttleMs);
  return (
    <>
      <p class="lab-summary lab-live-summary" aria-hidden="true" data-testid="lab-summary">
        {text}
      </p>
      <p class="sr-only" role="status" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
