// Consistent hashing places nodes and keys on one ring of 32-bit hashes; a key belongs to the first
// node point clockwise from it, so adding or removing a node moves only about 1/n of the keys (Karger
// et al. 1997). Memcached clients (ketama), Cassandra, DynamoDB and Envoy's ring hash use it, with many
// virtual nodes per node to even out the shares. Cost per lookup: O(log(nodes · virtual nodes)).
// Shared by the caching lab (its distributed cache tier) and the partitioning lab.

import { fmix32 } from './random.ts';

export interface Ring {
  /** Node ids on the ring. */
  nodes: number[];
  /** Hash of each point, ascending. */
  points: Uint32Array;
  /** Node owning each point. */
  owners: Int32Array;
}

/**
 * Position of a key on the ring.
 * @example
 * keyHash(1); // 1364076727
 */
export function keyHash(key: number): number {
  return fmix32(key);
}

/**
 * Position of the v-th virtual node of `node`, independent of the other nodes on the ring; `salt`
 * (a seed) moves every point, 0 keeps the positions the caching lab has always used.
 */
function pointHash(node: number, v: number, salt: number): number {
  return fmix32(fmix32((node + 0x9e3779b9) ^ salt) + Math.imul(v + 1, 0x85ebca6b));
}

/**
 * Builds a ring with `virtualNodes` points per node; a `salt` other than 0 places them elsewhere.
 * @example
 * const ring = createRing([0, 1, 2], 100); // 300 points
 */
export function createRing(nodes: number[], virtualNodes: number, salt = 0): Ring {
  const entries: { hash: number; node: number }[] = [];
  for (const node of nodes) {
    for (let v = 0; v < virtualNodes; v++) entries.push({ hash: pointHash(node, v, salt), node });
  }
  entries.sort((a, b) => a.hash - b.hash || a.node - b.node);
  return {
    nodes: [...nodes],
    points: Uint32Array.from(entries, (entry) => entry.hash),
    owners: Int32Array.from(entries, (entry) => entry.node),
  };
}

/**
 * The node responsible for `key`: the owner of the first point at or after the key's hash, wrapping.
 * @example
 * nodeFor(createRing([0, 1, 2], 100), 42); // 0, 1 or 2 — always the same for 42
 */
export function nodeFor(ring: Ring, key: number): number {
  return ownerOfHash(ring, keyHash(key));
}

/**
 * The node owning ring position `hash` (a 32-bit unsigned hash): binary search, O(log points).
 * @example
 * ownerOfHash(createRing([0, 1, 2], 100), 0); // the owner of the first point
 */
export function ownerOfHash(ring: Ring, hash: number): number {
  const points = ring.points;
  let low = 0;
  let high = points.length; // first index with points[index] >= hash, or length
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (points[mid] < hash) low = mid + 1;
    else high = mid;
  }
  return ring.owners[low === points.length ? 0 : low];
}

/**
 * Share of the hash space each node owns (sums to 1) — the expected share of keys.
 * @example
 * ringShares(createRing([0, 1], 200)); // Map { 0 => ~0.5, 1 => ~0.5 }
 */
export function ringShares(ring: Ring): Map<number, number> {
  const shares = new Map<number, number>(ring.nodes.map((node) => [node, 0]));
  const points = ring.points;
  for (let i = 0; i < points.length; i++) {
    // Point i owns the arc from the previous point (exclusive) up to itself.
    const previous = i === 0 ? points[points.length - 1] - 2 ** 32 : points[i - 1];
    const owner = ring.owners[i];
    shares.set(owner, (shares.get(owner) ?? 0) + (points[i] - previous) / 2 ** 32);
  }
  return shares;
}

/**
 * A lookup table for placing many keys at once: for each of the 65,536 ranges of the top 16 hash
 * bits, the first point at or after the range's start. A lookup then starts there and steps over
 * the few points inside the range: O(1) on average instead of O(log points), for 32 KB per table.
 *
 * @example
 * const table = ownerTable(createRing([0, 1, 2], 100));
 * ownerFromTable(table, 12345) === ownerOfHash(table.ring, 12345); // true
 */
export function ownerTable(ring: Ring): { ring: Ring; first: Int32Array } {
  const points = ring.points;
  const first = new Int32Array(65537);
  for (let bucket = 0, i = 0; bucket <= 65536; bucket++) {
    const start = bucket * 65536; // up to 2^32: past every point for the last entry
    while (i < points.length && points[i] < start) i++;
    first[bucket] = i;
  }
  return { ring, first };
}

/**
 * The node owning ring position `hash`, via ownerTable: the same answer as ownerOfHash.
 *
 * @example
 * ownerFromTable(ownerTable(createRing([0, 1], 10)), 0); // the owner of the first point
 */
export function ownerFromTable(table: { ring: Ring; first: Int32Array }, hash: number): number {
  const { points, owners } = table.ring;
  let i = table.first[hash >>> 16];
  while (i < points.length && points[i] < hash) i++;
  return owners[i === points.length ? 0 : i];
}
