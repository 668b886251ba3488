import { describe, expect, it } from 'vitest';
import { markerPoints } from '../../../src/components/lab/charts.tsx';

describe('markerPoints: which points of a line carry a marker', () => {
  it('every eighth point, shifted per line, only up to the cursor', () => {
    expect(markerPoints(20, 8, 0)).toEqual([0, 8, 16]);
    expect(markerPoints(20, 8, 4)).toEqual([4, 12]);
    // At a playback cursor of 9 points the line so far carries the markers it will keep.
    expect(markerPoints(9, 8, 0)).toEqual([0, 8]);
    expect(markerPoints(0, 8, 0)).toEqual([]);
  });

  it('two lines of one chart never share a marker point (200 points, 2–4 lines)', () => {
    const every = Math.ceil(200 / 8);
    for (const lines of [2, 3, 4]) {
      const all = Array.from({ length: lines }, (_, i) =>
        markerPoints(200, every, (i * every) / lines),
      ).flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBeGreaterThanOrEqual(8 * lines);
    }
  });

  it('a step below one still marks each point once', () => {
    expect(markerPoints(3, 0, 0)).toEqual([0, 1, 2]);
  });
});
