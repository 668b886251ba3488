// The „Versuch“ select on a lab's slide (src/components/lab/SlideExperiments.tsx) sends a scenario
// to the lab whose keys it carries.
import { describe, expect, it } from 'vitest';
import { activeExperiment, prefixOf } from '../../../src/components/lab/SlideExperiments.tsx';
import { LABS } from '../../../src/lib/labs.ts';

describe('prefixOf', () => {
  it('names the lab of every guided experiment, and nothing for a query without a lab key', () => {
    const prefixes = LABS.map(
      (lab) => new Set(lab.experiments.map((experiment) => prefixOf(experiment.setup))),
    );
    for (const found of prefixes) expect(found.size).toBe(1);
    expect(prefixes.map((found) => [...found][0])).toEqual(expect.arrayContaining(['c.', 'lb-', 'q.', 'p.']));
    expect(prefixOf('?x')).toBeUndefined();
    expect(prefixOf('')).toBeUndefined();
    expect(prefixOf('c.preset=belady')).toBeUndefined();
  });
});

describe('activeExperiment', () => {
  it('finds each guided experiment from the settings it loads, and none for other settings (review L7-7)', () => {
    for (const lab of LABS) {
      const setups = lab.experiments.map((experiment) => experiment.setup);
      // Two experiments may load one scenario (the caching lab's first two): the one chosen stays.
      expect(setups.map((setup, i) => activeExperiment(setups, setup, i + 1))).toEqual(
        setups.map((_, i) => i + 1),
      );
      expect(setups.map((setup) => setups[activeExperiment(setups, setup) - 1])).toEqual(setups);
      expect(activeExperiment(setups, '')).toBe(0);
    }
    // A lab's query may carry more keys than the scenario; the most specific scenario wins.
    const queue = ['?q.mode=publishSubscribe', '?q.mode=publishSubscribe&q.subs=3'];
    expect(activeExperiment(queue, '?q.mode=publishSubscribe&q.subs=3&q.rate=2')).toBe(2);
    expect(activeExperiment(queue, '?q.mode=publishSubscribe&q.subs=2')).toBe(1);
    expect(activeExperiment(queue, '?q.mode=pointToPoint')).toBe(0);
    expect(activeExperiment(queue, '?q.mode=publishSubscribe&q.subs=3', 1)).toBe(2);
  });
});
