// Shared shape of every cache policy, so the simulator, the miss-ratio curve and the hierarchy can
// drive any of them. Slots are the textbook's "frames": a key keeps its slot until it is evicted.

/** One cache with a fixed number of slots, fed one access at a time. */
export interface Cache {
  /** Number of slots. */
  readonly capacity: number;
  /** Key evicted by the last `access` to make room (−1 if none). Expiry is not eviction. */
  readonly lastEvicted: number;
  /** Processes one access at `time` (the access's index in the trace); returns true on a hit. */
  access(key: number, time: number): boolean;
  /** Writes the key held in each slot into `out[0..capacity)`, −1 for an empty slot. */
  readSlots(out: Int32Array): void;
  /** Cached keys in eviction order, the next victim first (for explanations; allocates). */
  victimOrder(): number[];
}

/** Everything a policy may need at construction; most policies use only a part. */
export interface CacheOptions {
  /** The whole trace (only OPT needs it: it looks into the future). */
  trace?: Int32Array;
  /** `nextUses(trace)`, if already computed (OPT reuses it across cache sizes). */
  nextUse?: Int32Array;
  /** Seeded generator in [0, 1) (only Random needs it). */
  random?: () => number;
  /** Lifetime of an entry in accesses (only TTL needs it). */
  ttl?: number;
}
