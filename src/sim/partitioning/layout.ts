// Where keys live under each placement scheme, and how a layout changes when a node joins, leaves or
// fails. A layout is plain data: the live node ids in the scheme's order, and what the scheme keeps
// besides (ring points, range starts). Placing K keys costs O(K) for mod N, O(K log(n·v)) for the
// ring, O(K ln n) for jump, O(K·n) for rendezvous and O(K log n) for ranges; nothing is allocated per key.

import { createRing, ownerFromTable, ownerTable, type Ring } from '../shared/consistentHash.ts';
import { deriveSeed, fmix32 } from '../shared/random.ts';
import { jumpHash } from './schemes/jump.ts';
import { modN } from './schemes/modN.ts';
import { evenStarts, mergeRange, splitBusiest } from './schemes/ranges.ts';
import { nodeSalt, rendezvous } from './schemes/rendezvous.ts';

export const SCHEME_IDS = ['modN', 'ring', 'jump', 'rendezvous', 'ranges'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

/** What the lab calls each scheme, and the file that implements it (shown in the source panel). */
export const SCHEMES: Record<SchemeId, { label: string; sourcePath: string }> = {
  modN: { label: 'hash mod N', sourcePath: 'src/sim/partitioning/schemes/modN.ts' },
  ring: { label: 'Konsistentes Hashing (Ring)', sourcePath: 'src/sim/shared/consistentHash.ts' },
  jump: { label: 'Jump Consistent Hash', sourcePath: 'src/sim/partitioning/schemes/jump.ts' },
  rendezvous: { label: 'Rendezvous-Hashing (HRW)', sourcePath: 'src/sim/partitioning/schemes/rendezvous.ts' },
  ranges: { label: 'Schlüsselbereiche', sourcePath: 'src/sim/partitioning/schemes/ranges.ts' },
};

export interface Layout {
  readonly scheme: SchemeId;
  /** Live node ids; for mod N and jump the position is the node's number (bucket). */
  readonly nodes: readonly number[];
  readonly virtualNodes: number;
  /** Seed-derived salt: moves ring points and rendezvous scores. */
  readonly salt: number;
  readonly ring: Ring | null;
  /** Range starts, one per node in `nodes` order (ranges only). */
  readonly starts: Int32Array | null;
  readonly salts: Uint32Array | null;
}

export type NodeEvent = { kind: 'join' } | { kind: 'leave' | 'fail'; node: number };

/**
 * The 32-bit hash of key `key` under a seed's salt (fmix32 is a bijection: distinct keys, distinct hashes).
 *
 * @example
 * keyHashes(3, 1); // Uint32Array of 3 hashes, the same for seed 1 on every machine
 */
export function keyHashes(keys: number, seed: number): Uint32Array {
  const salt = deriveSeed(seed, 1);
  const out = new Uint32Array(keys);
  for (let k = 0; k < keys; k++) out[k] = fmix32((k ^ salt) >>> 0);
  return out;
}

function build(
  scheme: SchemeId,
  nodes: readonly number[],
  virtualNodes: number,
  salt: number,
  starts: Int32Array | null,
): Layout {
  return {
    scheme,
    nodes,
    virtualNodes,
    salt,
    ring: scheme === 'ring' ? createRing([...nodes], virtualNodes, salt) : null,
    starts: scheme === 'ranges' ? starts : null,
    salts: scheme === 'rendezvous' ? Uint32Array.from(nodes, (node) => nodeSalt(node, salt)) : null,
  };
}

/**
 * The first layout: nodes 0..count−1 (ranges split the key space evenly).
 *
 * @example
 * initialLayout('ring', 3, 100, 1000, 1).nodes; // [0, 1, 2]
 */
export function initialLayout(
  scheme: SchemeId,
  count: number,
  virtualNodes: number,
  keys: number,
  seed: number,
): Layout {
  const nodes = Array.from({ length: count }, (_, i) => i);
  return build(scheme, nodes, virtualNodes, deriveSeed(seed, 2), evenStarts(keys, count));
}

/**
 * The layout after an event. A joining node gets the next free id. Jump hash can only drop its last
 * bucket, so a node leaving from the middle hands its number to the last node (and that node's keys
 * move too); mod N renumbers every node behind the one that left.
 *
 * @example
 * layoutAfter(initialLayout('jump', 4, 1, 100, 1), { kind: 'leave', node: 1 }, weights).nodes; // [0, 3, 2]
 */
export function layoutAfter(layout: Layout, event: NodeEvent, weights: Float64Array): Layout {
  const { scheme, virtualNodes, salt } = layout;
  if (event.kind === 'join') {
    const id = Math.max(-1, ...layout.nodes) + 1;
    if (scheme === 'ranges' && layout.starts) {
      const { starts, index } = splitBusiest(layout.starts, weights);
      if (index < 0) return layout;
      const nodes = [...layout.nodes];
      nodes.splice(index, 0, id);
      return build(scheme, nodes, virtualNodes, salt, starts);
    }
    return build(scheme, [...layout.nodes, id], virtualNodes, salt, layout.starts);
  }
  const index = layout.nodes.indexOf(event.node);
  if (index < 0 || layout.nodes.length < 2) return layout;
  const nodes = [...layout.nodes];
  if (scheme === 'jump' && index !== nodes.length - 1) nodes[index] = nodes.pop() as number;
  else nodes.splice(index, 1);
  const starts = scheme === 'ranges' && layout.starts ? mergeRange(layout.starts, index) : layout.starts;
  return build(scheme, nodes, virtualNodes, salt, starts);
}

/**
 * The owner (a node id) of every key: `hashes` for the hash schemes, the key itself for ranges.
 *
 * @example
 * placeKeys(initialLayout('modN', 3, 1, 4, 1), keyHashes(4, 1)); // Int32Array of 4 node ids in 0..2
 */
export function placeKeys(
  layout: Layout,
  hashes: Uint32Array,
  out = new Int32Array(hashes.length),
): Int32Array {
  const { nodes } = layout;
  const n = nodes.length;
  const count = hashes.length;
  switch (layout.scheme) {
    case 'modN':
      for (let k = 0; k < count; k++) out[k] = nodes[modN(hashes[k], n)];
      break;
    case 'ring': {
      const table = ownerTable(layout.ring as Ring);
      for (let k = 0; k < count; k++) out[k] = ownerFromTable(table, hashes[k]);
      break;
    }
    case 'jump':
      for (let k = 0; k < count; k++) out[k] = nodes[jumpHash(0, hashes[k], n)];
      break;
    case 'rendezvous': {
      const salts = layout.salts as Uint32Array;
      for (let k = 0; k < count; k++) out[k] = nodes[rendezvous(hashes[k], salts)];
      break;
    }
    case 'ranges': {
      const starts = layout.starts as Int32Array;
      for (let k = 0, r = 0; k < count; k++) {
        // Keys come in order, so the range only ever moves forward: O(K + n) in all.
        while (r + 1 < starts.length && starts[r + 1] <= k) r++;
        out[k] = nodes[r];
      }
      break;
    }
  }
  return out;
}
