/**
 * Smooth Weighted Round Robin, as in nginx (ngx_http_upstream_get_peer): every pick, each up
 * server adds its weight to its `current` value; the largest `current` wins and the winner gives
 * back the sum of all weights. Over one cycle each server is picked exactly weight times, and the
 * picks are spread out (5,1,1 gives a a b a c a a, not a a a a a b c). Cost per pick: O(n).
 * Tie-breaking: among equal `current` values the server with the lowest index wins (nginx keeps
 * the first peer found, comparing with a strict >).
 */
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createWeightedRoundRobin(servers); // weights 5, 1, 1
 * Array.from({ length: 7 }, () => balancer.pick(0, 0, 0)); // [0, 0, 1, 0, 2, 0, 0]
 */
export function createWeightedRoundRobin(servers: ServerState): Balancer {
  const current = new Float64Array(servers.count);
  return {
    pick() {
      const { count, up, weight } = servers;
      let best = -1;
      let total = 0;
      for (let i = 0; i < count; i++) {
        if (up[i] === 0) continue;
        current[i] += weight[i];
        total += weight[i];
        if (best === -1 || current[i] > current[best]) best = i;
      }
      if (best !== -1) current[best] -= total;
      return best;
    },
  };
}
