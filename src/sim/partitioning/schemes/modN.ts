// Hash mod N: a key goes to node number hash(key) mod N. Simple and even, and the textbook way to
// shard (many hand-rolled sharding layers start here), but when N changes almost every key gets a
// new number: growing from n to n+1 nodes moves about n/(n+1) of the keys. Cost per key: O(1).

/**
 * The slot in [0, nodes) of a 32-bit key hash.
 *
 * @example
 * modN(10, 3); // 1
 * modN(10, 4); // 2 — the same key, another node once a fourth node joins
 */
export function modN(hash: number, nodes: number): number {
  return (hash >>> 0) % nodes;
}
