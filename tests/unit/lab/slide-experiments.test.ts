// The „Versuch“ select on a lab's slide (src/components/lab/SlideExperiments.tsx) sends a scenario
// to the lab whose keys it carries.
import { describe, expect, it } from 'vitest';
import { prefixOf } from '../../../src/components/lab/SlideExperiments.tsx';
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
