// With one point per node the ring's arcs are very uneven (a node's share varies about as much as
// the share itself); with v virtual nodes per node the spread shrinks roughly like 1/√v
// (Karger et al. 1997; DeCandia et al. 2007, Dynamo §4.2 and §6.2).
import { describe, expect, it } from 'vitest';
import { simulatePartitioning } from '../../../src/sim/partitioning/index.ts';

/** Mean coefficient of variation of keys per node over ten seeds, 8 nodes. */
function meanCv(virtualNodes: number): number {
  let sum = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const result = simulatePartitioning({
      scheme: 'ring',
      nodes: 8,
      virtualNodes,
      keys: 20_000,
      popularity: 'uniform',
      alpha: 1,
      hotShare: 0,
      event: null,
      seed,
    });
    sum += result.before.keySpread.cv;
  }
  return sum / 10;
}

describe('ring balance', () => {
  it('the spread of keys per node shrinks as virtual nodes grow', () => {
    const cvs = [1, 10, 100, 1000].map(meanCv);
    for (let i = 1; i < cvs.length; i++) expect(cvs[i]).toBeLessThan(cvs[i - 1]);
    // 1 point: CV near 1 (exponential arcs); 100 points: about 0.1.
    expect(cvs[0]).toBeGreaterThan(0.5);
    expect(cvs[2]).toBeLessThan(0.2);
  });

  it('a celebrity key stays on one node under every scheme: no scheme splits one key', () => {
    for (const scheme of ['modN', 'ring', 'jump', 'rendezvous', 'ranges'] as const) {
      const result = simulatePartitioning({
        scheme,
        nodes: 4,
        virtualNodes: 100,
        keys: 10_000,
        popularity: 'uniform',
        alpha: 1,
        hotShare: 0.3,
        event: null,
        seed: 1,
      });
      const hot = result.before.nodes.find((node) => node.node === result.before.hotNode);
      expect(hot?.load).toBeGreaterThan(0.3);
      expect(result.before.loadSpread.maxOverMean).toBeGreaterThan(1.2);
    }
  });
});
