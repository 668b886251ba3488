/**
 * Random picks any up server with equal probability. It needs no state and no coordination, so
 * many balancer instances can use it side by side; over many requests it spreads evenly, but in
 * the short run some servers get clusters of requests. Cost per pick: O(1). Tie-breaking: none.
 */
import type { Random } from '../../shared/random.ts';
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createRandom(servers, mulberry32(1));
 * balancer.pick(0, 0, 0); // some up server, the same one for the same seed
 */
export function createRandom(servers: ServerState, random: Random): Balancer {
  return {
    pick() {
      const upCount = servers.upCount;
      if (upCount === 0) return -1;
      return servers.upIndex[Math.floor(random() * upCount)];
    },
  };
}
