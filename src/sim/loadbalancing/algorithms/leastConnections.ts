/**
 * Least Connections sends each request to the up server with the fewest open connections
 * (running plus queued requests). It adapts to slow servers and long requests without knowing
 * them in advance; nginx offers it as `least_conn`, HAProxy as `balance leastconn`. Cost per pick:
 * O(n). Tie-breaking: the scan starts just after the server picked last and keeps the first
 * minimum it meets, so servers with equal counts take turns like in Round Robin.
 */
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createLeastConnections(servers); // active connections 3, 1, 2
 * balancer.pick(0, 0, 0); // 1
 */
export function createLeastConnections(servers: ServerState): Balancer {
  let start = 0;
  return {
    pick() {
      const { count, up, active } = servers;
      let best = -1;
      for (let k = 0, i = start; k < count; k++, i = i + 1 === count ? 0 : i + 1) {
        if (up[i] === 0) continue;
        if (best === -1 || active[i] < active[best]) best = i;
      }
      if (best !== -1) start = best + 1 === count ? 0 : best + 1;
      return best;
    },
  };
}
