// The presenter view's stopwatch (src/lib/presenter/timer.ts): start, pause, reset at given
// moments, the display, and a stored timer that survives a reload or falls back to zero.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  durationIso,
  elapsedMs,
  formatClock,
  formatDuration,
  parseTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  STOPPED,
} from '../../../src/lib/presenter/timer.ts';

describe('timer', () => {
  it('counts only the time it runs', () => {
    let timer = startTimer(STOPPED, 1_000);
    expect(elapsedMs(timer, 6_000)).toBe(5_000);
    timer = pauseTimer(timer, 6_000);
    expect(elapsedMs(timer, 60_000)).toBe(5_000);
    timer = startTimer(timer, 100_000);
    expect(elapsedMs(timer, 102_500)).toBe(7_500);
    // Starting a running timer again changes nothing; pausing a paused one neither.
    expect(startTimer(timer, 200_000)).toBe(timer);
    const paused = pauseTimer(timer, 103_000);
    expect(pauseTimer(paused, 500_000)).toBe(paused);
  });

  it('resets to zero and keeps running if it ran', () => {
    const running = startTimer(STOPPED, 0);
    expect(resetTimer(running, 9_000)).toEqual({ elapsed: 0, since: 9_000 });
    expect(resetTimer(pauseTimer(running, 9_000), 10_000)).toEqual(STOPPED);
  });

  it('is never negative when the clock goes back', () => {
    expect(elapsedMs({ elapsed: 0, since: 5_000 }, 1_000)).toBe(0);
  });

  it('adds up any sequence of runs and pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100_000), { maxLength: 20 }), (gaps) => {
        let timer = STOPPED;
        let now = 0;
        let expected = 0;
        gaps.forEach((gap, index) => {
          if (timer.since !== null) expected += gap;
          now += gap;
          timer = index % 2 === 0 ? startTimer(timer, now) : pauseTimer(timer, now);
        });
        expect(elapsedMs(timer, now)).toBe(expected);
      }),
    );
  });
});

describe('display', () => {
  it('shows minutes and seconds, hours only when needed', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(59_999)).toBe('00:59');
    expect(formatDuration(65_000)).toBe('01:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(durationIso(65_000)).toBe('PT1M5S');
    expect(durationIso(3_600_000)).toBe('PT1H');
    expect(durationIso(0)).toBe('PT0S');
  });

  it('shows the clock in 24-hour German form', () => {
    expect(formatClock(new Date(Date.UTC(2026, 10, 30, 13, 5)), 'Europe/Berlin')).toBe('14:05');
  });
});

describe('stored timer', () => {
  it('survives a reload and falls back to zero when garbled', () => {
    const timer = pauseTimer(startTimer(STOPPED, 0), 3_000);
    expect(parseTimer(JSON.stringify(timer))).toEqual(timer);
    for (const text of [null, '', 'kaputt', '{"elapsed":-1,"since":null}', '{"elapsed":1,"since":"x"}', '[]'])
      expect(parseTimer(text)).toEqual(STOPPED);
  });
});
