// The cache hierarchy: requests walk browser → local → distributed → origin and pay every latency on
// the way (the model of Che, Tung, Wang, IEEE JSAC 2002, §II, and of any textbook web-caching chain).
import { describe, expect, it } from 'vitest';
import { runHierarchy, type HierarchySettings } from '../../../src/sim/caching/hierarchy.ts';
import { generateTrace } from '../../../src/sim/caching/workloads.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';

const trace = generateTrace({ kind: 'zipf', keys: 5000, alpha: 0.9, length: 60_000 }, mulberry32(11));
const base: HierarchySettings = {
  seed: 3,
  policy: 'lru',
  ttl: 1000,
  clients: 20,
  browserSize: 10,
  servers: 4,
  localSize: 100,
  nodes: 6,
  nodeSize: 300,
  virtualNodes: 100,
  latency: { browser: 0, local: 0.1, distributed: 1, origin: 20 },
  failure: null,
  windows: 30,
};

describe('cache hierarchy', () => {
  it('every request is answered by exactly one level', () => {
    const result = runHierarchy(trace, base);
    expect(result.levels.reduce((sum, level) => sum + level.hits, 0)).toBe(trace.length);
    expect(result.levels.reduce((sum, level) => sum + level.share, 0)).toBeCloseTo(1, 12);
    expect(result.levels.map((level) => level.requests)[0]).toBe(trace.length);
    expect(result.originLoad).toBe(result.levels[3].hits / trace.length);
  });

  it('the average latency is the sum of the latencies each request passed', () => {
    const { levels, averageLatency } = runHierarchy(trace, base);
    const [browser, local, distributed, origin] = levels.map((level) => level.requests);
    const expected = (0 * browser + 0.1 * local + 1 * distributed + 20 * origin) / trace.length;
    expect(averageLatency).toBeCloseTo(expected, 9);
  });

  it('without caches every request reaches the origin', () => {
    const result = runHierarchy(trace, { ...base, browserSize: 0, localSize: 0, nodes: 0 });
    expect(result.originLoad).toBe(1);
    expect(result.averageLatency).toBe(20);
  });

  it('bigger caches lower the origin load and the latency', () => {
    const small = runHierarchy(trace, base);
    const large = runHierarchy(trace, { ...base, nodeSize: 800 });
    expect(large.originLoad).toBeLessThan(small.originLoad);
    expect(large.averageLatency).toBeLessThan(small.averageLatency);
  });

  it('consistent hashing spreads the distributed requests over all nodes', () => {
    const { nodeRequests } = runHierarchy(trace, base);
    expect(nodeRequests).toHaveLength(6);
    const mean = nodeRequests.reduce((a, b) => a + b, 0) / 6;
    for (const requests of nodeRequests) expect(requests).toBeGreaterThan(mean / 2);
  });

  it('a failed node gets no further requests and its keys fall through to the origin', () => {
    const at = 30_000;
    const healthy = runHierarchy(trace, base);
    const failed = runHierarchy(trace, { ...base, failure: { node: 2, at } });
    expect(failed.failure).not.toBeNull();
    const effect = failed.failure!;
    expect(effect.failedShare).toBeGreaterThan(0.05);
    expect(effect.originLoadAfter).toBeGreaterThan(effect.originLoadBefore);
    expect(effect.extraOriginRequests).toBeGreaterThan(0);
    expect(failed.originLoad).toBeGreaterThan(healthy.originLoad);
    // Requests to node 2 stop at the failure: it has the same count as a run that ends there.
    const upToFailure = runHierarchy(trace.subarray(0, at), base);
    expect(failed.nodeRequests[2]).toBe(upToFailure.nodeRequests[2]);
  });

  it('the time series has one value per window', () => {
    const result = runHierarchy(trace, base);
    expect(result.windowEnd).toHaveLength(30);
    expect(result.windowEnd[29]).toBe(trace.length);
    expect(result.windowOriginLoad[0]).toBeGreaterThan(result.windowOriginLoad[29]); // cold start
  });
});
