import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLeastConnections } from '../../../src/sim/loadbalancing/algorithms/leastConnections.ts';
import { createWeightedLeastConnections } from '../../../src/sim/loadbalancing/algorithms/weightedLeastConnections.ts';
import { createPowerOfTwoChoices } from '../../../src/sim/loadbalancing/algorithms/powerOfTwoChoices.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';
import { servers } from './helpers.ts';

// Random server states: 1–32 servers, at least one up, 0–50 open connections each, weights 1–10.
const state = fc.integer({ min: 1, max: 32 }).chain((n) =>
  fc.record({
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
    active: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
    up: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }).filter((u) => u.includes(1)),
  }),
);

describe('least connections', () => {
  it('never picks a server with strictly more connections than another up server (property)', () => {
    // Oracle: the definition in the nginx docs for least_conn – "a request is sent to the server
    // with the least number of active connections" (https://nginx.org/en/docs/http/ngx_http_upstream_module.html#least_conn).
    fc.assert(
      fc.property(state, fc.integer({ min: 0, max: 40 }), ({ weights, active, up }, earlierPicks) => {
        const view = servers(weights, { active, up });
        const balancer = createLeastConnections(view);
        for (let k = 0; k < earlierPicks; k++) balancer.pick(0, 0, 0); // move the tie-break start
        const picked = balancer.pick(0, 0, 0);
        expect(up[picked]).toBe(1);
        for (let i = 0; i < up.length; i++)
          if (up[i] === 1) expect(active[picked]).toBeLessThanOrEqual(active[i]);
      }),
    );
  });

  it('lets servers with equal counts take turns', () => {
    const balancer = createLeastConnections(servers([1, 1, 1], { active: [2, 2, 2] }));
    expect([0, 1, 2, 3].map(() => balancer.pick(0, 0, 0))).toEqual([0, 1, 2, 0]);
  });

  it('picks the server with the fewest connections', () => {
    expect(createLeastConnections(servers([1, 1, 1], { active: [3, 1, 2] })).pick(0, 0, 0)).toBe(1);
  });
});

describe('weighted least connections', () => {
  it('picks the smallest (connections + 1) / weight among up servers (property)', () => {
    // Oracle: HAProxy's leastconn with weights orders servers by (cur_sess + 1) / weight
    // (src/lb_fwlc.c, fwlc_queue_srv: key = (srv->served + srv->queue.length + 1) * SRV_EWGHT_MAX / eweight).
    fc.assert(
      fc.property(state, ({ weights, active, up }) => {
        const picked = createWeightedLeastConnections(servers(weights, { active, up })).pick(0, 0, 0);
        const key = (i: number) => (active[i] + 1) / weights[i];
        for (let i = 0; i < up.length; i++)
          if (up[i] === 1) expect(key(picked)).toBeLessThanOrEqual(key(i) + 1e-12);
      }),
    );
  });

  it('prefers an idle heavy server over an idle light one', () => {
    expect(createWeightedLeastConnections(servers([1, 3])).pick(0, 0, 0)).toBe(1);
  });
});

describe('power of two choices', () => {
  it('picks an up server that is no busier than at least one other up server (property)', () => {
    fc.assert(
      fc.property(state, fc.integer({ min: 0, max: 2 ** 32 - 1 }), ({ weights, active, up }, seed) => {
        const picked = createPowerOfTwoChoices(servers(weights, { active, up }), mulberry32(seed)).pick(
          0,
          0,
          0,
        );
        expect(up[picked]).toBe(1);
        const others = active.filter((_, i) => up[i] === 1 && i !== picked);
        if (others.length > 0) expect(active[picked]).toBeLessThanOrEqual(Math.max(...others));
      }),
    );
  });
});
