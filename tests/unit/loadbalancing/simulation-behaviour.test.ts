import { describe, expect, it } from 'vitest';
import { Simulation, simulate } from '../../../src/sim/loadbalancing/simulation.ts';
import { latencyOverTime } from '../../../src/sim/loadbalancing/result.ts';
import { DROP_QUEUE_FULL } from '../../../src/sim/loadbalancing/types.ts';
import { scenario } from './helpers.ts';

describe('the simulation', () => {
  it('serves a constant workload on one idle server without waiting', () => {
    // 10 requests every 100 ms, 20 ms each: every request finishes 20 ms after it arrives.
    const result = simulate(
      scenario({
        servers: [{ concurrency: 1 }],
        arrival: { kind: 'constant', ratePerSecond: 10 },
        requests: { count: 10, service: { kind: 'constant', meanMs: 20 } },
      }),
    );
    expect([...result.requests.latencyMs]).toEqual(new Array(10).fill(20));
    expect([...result.requests.arrivalMs]).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(result.latency).toMatchObject({ count: 10, p50: 20, p95: 20, p99: 20, max: 20 });
    expect(result.servers[0].utilization).toBeCloseTo(200 / 1020, 12);
  });

  it('divides service time by server speed', () => {
    const result = simulate(
      scenario({
        servers: [{ speed: 4 }],
        arrival: { kind: 'constant', ratePerSecond: 10 },
        requests: { count: 3, service: { kind: 'constant', meanMs: 20 } },
      }),
    );
    expect([...result.requests.latencyMs]).toEqual([5, 5, 5]);
  });

  it('queues behind busy workers and drops beyond the queue limit', () => {
    // A burst of 5 at once on 1 worker with 2 queue places: 1 runs, 2 wait, 2 are dropped.
    const result = simulate(
      scenario({
        servers: [{ concurrency: 1, queueLimit: 2 }],
        arrival: { kind: 'bursts', ratePerSecond: 0.01, burstSize: 5 },
        requests: { count: 5, service: { kind: 'constant', meanMs: 10 } },
      }),
    );
    expect([...result.requests.dropped]).toEqual([0, 0, 0, DROP_QUEUE_FULL, DROP_QUEUE_FULL]);
    expect([...result.requests.latencyMs.slice(0, 3)]).toEqual([10, 20, 30]);
    expect(result.drops).toEqual({ total: 2, queueFull: 2, noServer: 0, serverFailed: 0 });
    expect(result.servers[0].maxQueue).toBe(2);
  });

  it('arrives in bursts of the given size', () => {
    const result = simulate(
      scenario({ arrival: { kind: 'bursts', ratePerSecond: 100, burstSize: 4 }, requests: { count: 12 } }),
    );
    const times = [...result.requests.arrivalMs];
    for (const start of [0, 4, 8]) expect(new Set(times.slice(start, start + 4)).size).toBe(1);
    expect(new Set(times).size).toBe(3);
  });

  it('leaves long-lived connections out of the latency percentiles', () => {
    const result = simulate(
      scenario({
        requests: { count: 2000, longLived: { share: 0.1, meanMs: 60_000 } },
        servers: [{ concurrency: 400 }],
      }),
    );
    const long = result.requests.longLived.reduce((a, b) => a + b, 0);
    expect(long).toBeGreaterThan(150);
    expect(result.drops.total).toBe(0);
    expect(result.latency.count).toBe(2000 - long);
    expect(result.latency.max).toBeLessThan(60_000);
  });

  it('keeps queue and connections in the timeline consistent', () => {
    const result = simulate(
      scenario({ servers: [{ concurrency: 2 }, { concurrency: 2 }], arrival: { ratePerSecond: 70 } }),
    );
    const { active, queued, samples } = result.timeline;
    expect(samples).toBeGreaterThan(150);
    for (let k = 0; k < samples * 2; k++) {
      expect(queued[k]).toBeGreaterThanOrEqual(0);
      expect(active[k] - queued[k]).toBeGreaterThanOrEqual(0);
      expect(active[k] - queued[k]).toBeLessThanOrEqual(2);
    }
  });

  it('shows partial figures while advancing and never more than has arrived', () => {
    const sim = new Simulation(scenario({ requests: { count: 500 } }));
    sim.advanceTo(2000);
    expect(sim.nowMs).toBe(2000);
    const partial = sim.result();
    expect(partial.requests.count).toBe(sim.arrived);
    expect(partial.latency.count).toBeLessThanOrEqual(sim.arrived);
    // Short requests served by t = 2 s are already in the partial figures.
    expect(partial.latency.count).toBeGreaterThan(0);
    expect(sim.finished).toBeGreaterThan(0);
    sim.run();
    expect(sim.done).toBe(true);
    expect(sim.finished).toBe(500);
  });

  it('puts heavier servers first on heterogeneous hardware: WLC beats RR at p95', () => {
    // Theory: round robin ignores capacity, so the slow servers queue up; weighted least connections
    // sends work where workers are free.
    const input = {
      servers: [{ weight: 4, speed: 4 }, { weight: 1 }, { weight: 1 }, { weight: 1 }],
      arrival: { ratePerSecond: 110 },
      requests: { count: 4000 },
    };
    const rr = simulate(scenario({ ...input, algorithm: 'roundRobin' }));
    const wlc = simulate(scenario({ ...input, algorithm: 'weightedLeastConnections' }));
    expect(wlc.latency.p95).toBeLessThan(rr.latency.p95);
  });

  it('buckets latency percentiles over time', () => {
    const result = simulate(scenario({ requests: { count: 1000 } }));
    const series = latencyOverTime(result, 20);
    expect(series).toHaveLength(20);
    for (const point of series) expect(point.p50).toBeLessThanOrEqual(point.p95);
  });
});
