// The registry of cache policies: German labels for the lab, the source file each one runs from (the
// island shows that very file via `?raw`), and a factory. Adding a policy means one file and one entry.

import { FifoCache } from './fifo.ts';
import { LfuCache } from './lfu.ts';
import { LruCache } from './lru.ts';
import { OptCache } from './opt.ts';
import { RandomCache } from './random.ts';
import { TtlCache } from './ttl.ts';
import type { Cache, CacheOptions } from './types.ts';

export const POLICY_IDS = ['lru', 'lfu', 'fifo', 'random', 'ttl', 'opt'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

export interface PolicyInfo {
  id: PolicyId;
  /** Short label for legends and buttons. */
  label: string;
  /** One German sentence: what gets evicted. */
  description: string;
  /** File name inside src/sim/caching/. */
  sourceFile: string;
  /** Path from the project root, e.g. for `import.meta.glob('/src/sim/caching/*.ts', { query: '?raw' })`. */
  sourcePath: string;
  /** True for OPT: it needs the whole trace in advance and only serves as the bound. */
  offline: boolean;
  create(capacity: number, options: CacheOptions): Cache;
}

function required<T>(value: T | undefined, what: string, policy: string): T {
  if (value === undefined) throw new Error(`${policy} needs options.${what}`);
  return value;
}

const entries: PolicyInfo[] = [
  {
    id: 'lru',
    label: 'LRU',
    description: 'Verdrängt den Schlüssel, dessen letzter Zugriff am längsten zurückliegt.',
    sourceFile: 'lru.ts',
    sourcePath: 'src/sim/caching/lru.ts',
    offline: false,
    create: (capacity) => new LruCache(capacity),
  },
  {
    id: 'lfu',
    label: 'LFU',
    description:
      'Verdrängt den Schlüssel mit den wenigsten Zugriffen seit seiner Aufnahme; bei Gleichstand den am längsten nicht genutzten.',
    sourceFile: 'lfu.ts',
    sourcePath: 'src/sim/caching/lfu.ts',
    offline: false,
    create: (capacity) => new LfuCache(capacity),
  },
  {
    id: 'fifo',
    label: 'FIFO',
    description:
      'Verdrängt den Schlüssel, der zuerst in den Cache kam – Treffer ändern die Reihenfolge nicht.',
    sourceFile: 'fifo.ts',
    sourcePath: 'src/sim/caching/fifo.ts',
    offline: false,
    create: (capacity) => new FifoCache(capacity),
  },
  {
    id: 'random',
    label: 'Zufall',
    description: 'Verdrängt einen zufällig gewählten Schlüssel (reproduzierbar über den Seed).',
    sourceFile: 'random.ts',
    sourcePath: 'src/sim/caching/random.ts',
    offline: false,
    create: (capacity, options) => new RandomCache(capacity, required(options.random, 'random', 'Random')),
  },
  {
    id: 'ttl',
    label: 'TTL + LRU',
    description:
      'Einträge verfallen eine feste Zeit (TTL) nach dem Laden; ist der Cache voll, wird wie bei LRU verdrängt.',
    sourceFile: 'ttl.ts',
    sourcePath: 'src/sim/caching/ttl.ts',
    offline: false,
    create: (capacity, options) => new TtlCache(capacity, required(options.ttl, 'ttl', 'TTL')),
  },
  {
    id: 'opt',
    label: 'OPT (Belady)',
    description:
      'Verdrängt den Schlüssel, dessen nächster Zugriff am weitesten in der Zukunft liegt – kennt die Zukunft und ist die untere Schranke.',
    sourceFile: 'opt.ts',
    sourcePath: 'src/sim/caching/opt.ts',
    offline: true,
    create: (capacity, options) =>
      new OptCache(capacity, required(options.trace, 'trace', 'OPT'), options.nextUse),
  },
];

/** Every policy by id. */
export const POLICIES = Object.fromEntries(entries.map((entry) => [entry.id, entry])) as Record<
  PolicyId,
  PolicyInfo
>;

/**
 * Creates a cache of the given policy; OPT needs `trace`, Random `random`, TTL `ttl`.
 * @example
 * createCache('lru', 3, {}).access(7, 0); // false — a cold miss
 */
export function createCache(policy: PolicyId, capacity: number, options: CacheOptions): Cache {
  return POLICIES[policy].create(capacity, options);
}

/** Type guard for ids coming from the URL or a form. */
export function isPolicyId(value: unknown): value is PolicyId {
  return typeof value === 'string' && (POLICY_IDS as readonly string[]).includes(value);
}
