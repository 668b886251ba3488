/**
 * Power of Two Choices draws two different up servers at random and sends the request to the one
 * with fewer open connections. Two random probes are almost as good as asking every server
 * (maximum load drops from log n / log log n to log log n), which is why Envoy's LEAST_REQUEST and
 * HAProxy's `balance random(2)` use it. Cost per pick: O(1). Tie-breaking: on equal counts the
 * first drawn server wins.
 */
import type { Random } from '../../shared/random.ts';
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createPowerOfTwoChoices(servers, mulberry32(1));
 * balancer.pick(0, 0, 0); // the less busy of two random servers
 */
export function createPowerOfTwoChoices(servers: ServerState, random: Random): Balancer {
  return {
    pick() {
      const { upCount, upIndex, active } = servers;
      if (upCount === 0) return -1;
      if (upCount === 1) return upIndex[0];
      const first = Math.floor(random() * upCount);
      let second = Math.floor(random() * (upCount - 1));
      if (second >= first) second++;
      const a = upIndex[first];
      const b = upIndex[second];
      return active[b] < active[a] ? b : a;
    },
  };
}
