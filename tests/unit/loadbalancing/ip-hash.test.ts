import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIpHash } from '../../../src/sim/loadbalancing/algorithms/ipHash.ts';
import { clientIp } from '../../../src/sim/loadbalancing/workload.ts';
import { simulate } from '../../../src/sim/loadbalancing/simulation.ts';
import { scenario, servers } from './helpers.ts';

const ip = fc.integer({ min: 0, max: 0xffffffff });

describe('IP hash', () => {
  it('sends a client to the same server on every request (property)', () => {
    fc.assert(
      fc.property(ip, fc.integer({ min: 1, max: 32 }), (address, n) => {
        const balancer = createIpHash(servers(new Array(n).fill(1)));
        const first = balancer.pick(0, address, 100);
        for (let k = 0; k < 5; k++) expect(balancer.pick(k * 1000, address, 5000)).toBe(first);
      }),
    );
  });

  it('moves only the clients of a server that goes down (property)', () => {
    fc.assert(
      fc.property(
        fc.array(ip, { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 7 }),
        (addresses, down) => {
          const all = servers(new Array(8).fill(1));
          const before = addresses.map((a) => createIpHash(all).pick(0, a, 1));
          const up = new Array(8).fill(1);
          up[down] = 0;
          const after = createIpHash(servers(new Array(8).fill(1), { up }));
          addresses.forEach((a, k) => {
            const now = after.pick(0, a, 1);
            expect(now).not.toBe(down);
            if (before[k] !== down) expect(now).toBe(before[k]);
          });
        },
      ),
    );
  });

  it('spreads 20,000 clients evenly over 8 servers (chi-square test)', () => {
    // Oracle: Pearson's chi-square goodness-of-fit test against the uniform distribution; the
    // critical value for 7 degrees of freedom at p = 0.001 is 24.322 (NIST/SEMATECH e-Handbook of
    // Statistical Methods, section 1.3.6.7.4, table of the chi-square distribution).
    const n = 8;
    const clients = 20_000;
    const balancer = createIpHash(servers(new Array(n).fill(1)));
    const counts = new Array(n).fill(0);
    for (let c = 1; c <= clients; c++) counts[balancer.pick(0, clientIp(c), 1)]++;
    const expected = clients / n;
    const chiSquare = counts.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(24.322);
  });

  it('splits clients in proportion to the weights (nginx ip_hash honours weights)', () => {
    const balancer = createIpHash(servers([3, 1]));
    const counts = [0, 0];
    for (let c = 1; c <= 40_000; c++) counts[balancer.pick(0, clientIp(c), 1)]++;
    expect(counts[0] / counts[1]).toBeGreaterThan(2.8);
    expect(counts[0] / counts[1]).toBeLessThan(3.2);
  });

  it('sends every request of a NAT gateway to one server', () => {
    const result = simulate(
      scenario({ algorithm: 'ipHash', clients: { count: 50, hotShare: 1 }, requests: { count: 300 } }),
    );
    expect(new Set(result.requests.server).size).toBe(1);
  });

  it('returns −1 when every server is down', () => {
    expect(createIpHash(servers([1, 1], { up: [0, 0] })).pick(0, 1234, 1)).toBe(-1);
  });
});
