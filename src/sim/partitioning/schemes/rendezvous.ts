// Rendezvous or highest-random-weight hashing (Thaler & Ravishankar, "Using name-based mappings to
// increase hit rates", IEEE/ACM ToN 1998): every node scores every key with a hash of (key, node), and
// the highest score wins. A joining node takes exactly the keys it now outscores (≈ 1/(n+1)); a
// leaving node's keys spread over all others. Used by Apache Ignite, GitHub's load balancer and
// Microsoft's CARP. Cost per key: O(n) scores, no table.

import { fmix32 } from '../../shared/random.ts';

/**
 * A node's salt for the score: distinct nodes get distinct salts, so scores never tie.
 *
 * @example
 * nodeSalt(3, 0) === nodeSalt(4, 0); // false
 */
export function nodeSalt(node: number, salt: number): number {
  return fmix32((Math.imul(node + 1, 0x9e3779b9) ^ salt) >>> 0);
}

/**
 * The score of a key hash on a node with `salt` (from nodeSalt): fmix32 is a bijection, so two nodes
 * never give one key the same score.
 *
 * @example
 * score(123, nodeSalt(0, 0)) !== score(123, nodeSalt(1, 0)); // true
 */
export function score(hash: number, salt: number): number {
  return fmix32((hash ^ salt) >>> 0);
}

/**
 * The index (into `salts`) of the node with the highest score for the key hash.
 *
 * @example
 * rendezvous(123, [nodeSalt(0, 0), nodeSalt(1, 0), nodeSalt(2, 0)]); // 0, 1 or 2, always the same
 */
export function rendezvous(hash: number, salts: ArrayLike<number>): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < salts.length; i++) {
    const s = score(hash, salts[i]);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}
