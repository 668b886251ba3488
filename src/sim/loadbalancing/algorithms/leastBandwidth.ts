/**
 * Least Bandwidth Used sends each request to the up server that has recently carried the fewest
 * bytes, in the spirit of NetScaler's LEASTBANDWIDTH (which sums the bytes sent and received over
 * the last 14 s). Here a request's bytes count when it is dispatched and decay with τ = 1 s, so the
 * lab reacts faster than the appliance. Instead of decaying every server on every pick, new bytes
 * are scaled up by e^(t/τ), which ranks servers identically. Cost per pick: O(n)
 * plus one exp. Tie-breaking: the scan starts just after the server picked last and keeps the first
 * minimum it meets.
 */
import type { Balancer, ServerState } from '../types.ts';

const TAU_MS = 1000;
/** Rescale before e^(t/τ) grows past this, to stay far from overflow. */
const RESCALE_AT = 1e100;

/**
 * @example
 * const balancer = createLeastBandwidth(servers);
 * balancer.pick(0, 0, 5_000_000); // 0; the next pick avoids server 0 for about a second
 */
export function createLeastBandwidth(servers: ServerState): Balancer {
  const score = new Float64Array(servers.count);
  let originMs = 0;
  let start = 0;
  return {
    pick(nowMs, _clientIp, bytes) {
      const { count, up } = servers;
      let best = -1;
      for (let k = 0, i = start; k < count; k++, i = i + 1 === count ? 0 : i + 1) {
        if (up[i] === 0) continue;
        if (best === -1 || score[i] < score[best]) best = i;
      }
      if (best === -1) return -1;
      start = best + 1 === count ? 0 : best + 1;
      let growth = Math.exp((nowMs - originMs) / TAU_MS);
      if (growth > RESCALE_AT) {
        for (let i = 0; i < count; i++) score[i] /= growth;
        originMs = nowMs;
        growth = 1;
      }
      score[best] += bytes * growth;
      return best;
    },
  };
}
