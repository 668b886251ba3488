/**
 * Weighted Least Connections picks the up server with the smallest (connections + 1) / weight, as
 * HAProxy's `leastconn` does with server weights: a server of weight 3 may hold about three times
 * as many connections as one of weight 1. The "+1" counts the request being placed, so an idle
 * heavy server beats an idle light one. Cost per pick: O(n). Tie-breaking: the scan starts just
 * after the server picked last and keeps the first minimum it meets.
 */
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createWeightedLeastConnections(servers); // weights 3, 1; connections 2, 1
 * balancer.pick(0, 0, 0); // 0, since 3/3 < 2/1
 */
export function createWeightedLeastConnections(servers: ServerState): Balancer {
  let start = 0;
  return {
    pick() {
      const { count, up, active, weight } = servers;
      let best = -1;
      for (let k = 0, i = start; k < count; k++, i = i + 1 === count ? 0 : i + 1) {
        if (up[i] === 0) continue;
        // (a_i + 1) / w_i < (a_best + 1) / w_best, multiplied out to stay in integers.
        if (best === -1 || (active[i] + 1) * weight[best] < (active[best] + 1) * weight[i]) best = i;
      }
      if (best !== -1) start = best + 1 === count ? 0 : best + 1;
      return best;
    },
  };
}
