/**
 * A polite live region with a text summary of the figures. While a lab plays, the text changes at
 * most every few seconds, so screen readers are not flooded; the latest figures always arrive.
 */
import { useThrottled } from './hooks.ts';

/**
 * @example
 * <LiveSummary text="Round Robin: p95 120 ms, 0 verworfen." />
 */
export function LiveSummary({ text, throttleMs = 3000 }: { text: string; throttleMs?: number }) {
  const shown = useThrottled(text, throttleMs);
  return (
    <p class="lab-summary" role="status" aria-live="polite">
      {shown}
    </p>
  );
}
