/**
 * Round Robin hands requests to the servers in turn – 0, 1, 2, …, n−1, 0, … – and skips servers
 * that are down. It is the default of nginx and many other balancers and works well when all
 * servers are alike and requests cost about the same. Cost per pick: O(1), O(n) while servers are
 * down. Tie-breaking: there are no ties; the turn starts at server 0 and continues after the
 * server picked last.
 */
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createRoundRobin(servers); // 3 servers, all up
 * [1, 2, 3, 4].map(() => balancer.pick(0, 0, 0)); // [0, 1, 2, 0]
 */
export function createRoundRobin(servers: ServerState): Balancer {
  let next = 0;
  return {
    pick() {
      const n = servers.count;
      for (let tried = 0; tried < n; tried++) {
        const candidate = next;
        next = next + 1 === n ? 0 : next + 1;
        if (servers.up[candidate] === 1) return candidate;
      }
      return -1;
    },
  };
}
