// Bad input gets German messages that name the field by its label and the allowed range.
import { describe, expect, it } from 'vitest';
import {
  validatePartitionScenario,
  validateQuorumScenario,
  validateReplicationScenario,
} from '../../../src/sim/partitioning/index.ts';

const partition = {
  scheme: 'ring',
  nodes: 3,
  virtualNodes: 100,
  keys: 1000,
  popularity: 'uniform',
  alpha: 1,
  hotShare: 0,
  event: { kind: 'join' },
  seed: 1,
};

describe('partitioning validation', () => {
  it('accepts a good scenario unchanged', () => {
    expect(validatePartitionScenario(partition)).toEqual({ ok: true, value: partition });
  });

  it('names the field and range in German', () => {
    const result = validatePartitionScenario({ ...partition, nodes: 0, scheme: 'magic' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      '„Knoten“ muss eine ganze Zahl von 1 bis 64 sein (erhalten: 0).',
      '„Verfahren“ muss einer dieser Werte sein: „modN“, „ring“, „jump“, „rendezvous“, „ranges“ (erhalten: „magic“).',
    ]);
  });

  it('a node that leaves must exist, numbered from K1 for readers', () => {
    const result = validatePartitionScenario({ ...partition, event: { kind: 'fail', node: 3 } });
    expect(result.ok ? '' : result.errors[0].message).toBe(
      '„Betroffener Knoten“ muss einer von K1 bis K3 sein (erhalten: K4).',
    );
  });

  it('quorum sizes are bounded by N', () => {
    const result = validateQuorumScenario({
      n: 3,
      w: 4,
      r: 0,
      lagMs: 10,
      readAfterMs: 0,
      failure: 'none',
      runs: 10,
      seed: 1,
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      '„Schreibquorum W“ muss eine ganze Zahl von 1 bis 3 sein (erhalten: 4).',
      '„Lesequorum R“ muss eine ganze Zahl von 1 bis 3 sein (erhalten: 0).',
    ]);
  });

  it('replication rejects unknown read policies', () => {
    const result = validateReplicationScenario({
      followers: 2,
      mode: 'async',
      lagMs: 10,
      readAfterMs: 0,
      readPolicy: 'anywhere',
      sessions: 10,
      seed: 1,
    });
    expect(result.ok).toBe(false);
  });
});
