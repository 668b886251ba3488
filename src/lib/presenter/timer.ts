/**
 * The presenter view's stopwatch and clock as plain data: a timer is the time run so far plus, while
 * it runs, the moment it was started; the display is computed from a `now` passed in, so the view
 * can redraw once a second and the tests need no fake clock. Kept in sessionStorage, the timer
 * survives a reload of the presenter window.
 */

export interface TimerState {
  /** Milliseconds run before the current start (everything up to the last pause). */
  elapsed: number;
  /** When the timer was started (ms since the epoch), or null while it stands. */
  since: number | null;
}

export const STOPPED: TimerState = { elapsed: 0, since: null };

/**
 * @example
 * startTimer(STOPPED, 1000); // { elapsed: 0, since: 1000 }
 */
export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.since === null ? { elapsed: timer.elapsed, since: now } : timer;
}

/**
 * @example
 * pauseTimer({ elapsed: 0, since: 1000 }, 4000); // { elapsed: 3000, since: null }
 */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.since === null ? timer : { elapsed: elapsedMs(timer, now), since: null };
}

/** Back to zero; a running timer keeps running from zero. */
export function resetTimer(timer: TimerState, now: number): TimerState {
  return { elapsed: 0, since: timer.since === null ? null : now };
}

/**
 * Milliseconds on the timer at `now` (never negative, even if the system clock went back).
 *
 * @example
 * elapsedMs({ elapsed: 2000, since: 10_000 }, 13_000); // 5000
 */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.elapsed + (timer.since === null ? 0 : Math.max(0, now - timer.since));
}

/**
 * A duration as the timer shows it: minutes and seconds, hours only when needed.
 *
 * @example
 * formatDuration(65_000); // '01:05'
 * formatDuration(3_725_000); // '1:02:05'
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/**
 * The same duration in words for assistive technology (the `datetime` of `<time>` is ISO 8601).
 *
 * @example
 * durationIso(65_000); // 'PT1M5S'
 */
export function durationIso(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || total === 0 ? `${seconds}S` : ''}`;
}

/**
 * The wall clock in 24-hour German form.
 *
 * @example
 * formatClock(new Date(2026, 10, 30, 9, 5)); // '09:05'
 */
export function formatClock(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/**
 * A timer read back from storage, or the stopped timer when the text is missing or garbled.
 *
 * @example
 * parseTimer('{"elapsed":3000,"since":null}'); // { elapsed: 3000, since: null }
 * parseTimer('kaputt'); // { elapsed: 0, since: null }
 */
export function parseTimer(text: string | null): TimerState {
  if (!text) return STOPPED;
  try {
    const { elapsed, since } = JSON.parse(text) as Record<string, unknown>;
    const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
    if (!finite(elapsed) || !(since === null || finite(since))) return STOPPED;
    return { elapsed: elapsed as number, since: since as number | null };
  } catch {
    return STOPPED;
  }
}
