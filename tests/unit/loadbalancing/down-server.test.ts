import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/loadbalancing/simulation.ts';
import { ALGORITHM_IDS, DROP_SERVER_FAILED } from '../../../src/sim/loadbalancing/types.ts';
import { scenario } from './helpers.ts';

const base = { servers: [{}, {}, {}, {}], requests: { count: 1500 }, clients: { count: 300 } };

describe('a down server', () => {
  it.each(ALGORITHM_IDS)('gets no request while down (%s)', (algorithm) => {
    const result = simulate(
      scenario({
        ...base,
        algorithm,
        events: [
          { atMs: 0, server: 2, up: false },
          { atMs: 10_000, server: 2, up: true },
          { atMs: 15_000, server: 0, up: false },
        ],
      }),
    );
    const { arrivalMs, server } = result.requests;
    for (let i = 0; i < result.requests.count; i++) {
      if (arrivalMs[i] < 10_000) expect(server[i]).not.toBe(2);
      if (arrivalMs[i] >= 15_000) expect(server[i]).not.toBe(0);
    }
    expect(result.servers[2].requests).toBeGreaterThan(0); // back up after 10 s
  });

  it.each(ALGORITHM_IDS)('gets nothing at all when down from the start (%s)', (algorithm) => {
    const result = simulate(scenario({ ...base, algorithm, events: [{ atMs: 0, server: 1, up: false }] }));
    expect(result.servers[1].requests).toBe(0);
    expect(result.servers[1].utilization).toBe(0);
  });

  it('aborts its running and queued requests when it fails', () => {
    const result = simulate(
      scenario({
        ...base,
        algorithm: 'roundRobin',
        servers: [{ concurrency: 1 }, { concurrency: 1 }],
        arrival: { kind: 'constant', ratePerSecond: 100 },
        requests: { count: 400, service: { kind: 'constant', meanMs: 30 } },
        events: [{ atMs: 2000, server: 0, up: false }],
      }),
    );
    expect(result.drops.serverFailed).toBeGreaterThan(1);
    const { dropped, server, endMs } = result.requests;
    for (let i = 0; i < result.requests.count; i++) {
      if (dropped[i] === DROP_SERVER_FAILED) {
        expect(server[i]).toBe(0);
        expect(endMs[i]).toBe(2000);
      }
    }
  });

  it('leaves requests without a server when all are down', () => {
    const result = simulate(
      scenario({
        ...base,
        servers: [{}],
        events: [{ atMs: 0, server: 0, up: false }],
        requests: { count: 10 },
      }),
    );
    expect(result.drops.noServer).toBe(10);
    expect([...result.requests.server]).toEqual(new Array(10).fill(-1));
  });
});
