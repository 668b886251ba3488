/**
 * IP-Hash maps the client's IP address to a server, so a client always lands on the same server
 * (session affinity without cookies), like nginx's `ip_hash`. The hash picks a point in the sum of
 * all weights; if that server is down, the hash is mixed again (nginx tries 20 times, then falls
 * back to round robin; here: the next up server). Only clients of a down server move. Cost per
 * pick: O(n). Tie-breaking: none; many clients behind one NAT address all land on one server.
 */
import { fmix32 } from '../../shared/random.ts';
import type { Balancer, ServerState } from '../types.ts';

/**
 * @example
 * const balancer = createIpHash(servers);
 * balancer.pick(0, 0x0a000001, 0) === balancer.pick(5, 0x0a000001, 0); // true: same client, same server
 */
export function createIpHash(servers: ServerState): Balancer {
  let totalWeight = 0;
  for (let i = 0; i < servers.count; i++) totalWeight += servers.weight[i];
  return {
    pick(_nowMs, clientIp) {
      const { count, up, weight } = servers;
      if (servers.upCount === 0) return -1;
      let hash = fmix32(clientIp);
      for (let tries = 0; tries < 20; tries++) {
        // Walk the servers until the hash point falls into one server's share of the weight.
        let point = hash % totalWeight;
        let i = 0;
        while (point >= weight[i]) point -= weight[i++];
        if (up[i] === 1) return i;
        hash = fmix32(hash + 0x9e3779b9);
      }
      let i = hash % count;
      while (up[i] === 0) i = i + 1 === count ? 0 : i + 1;
      return i;
    },
  };
}
