// Access traces for the cache lab: Zipf popularity (web objects, key-value stores: Breslau et al.
// 1999), uniform keys, a sequential loop (scans, the worst case for LRU), a hot set that shifts over
// time, a hot set with periodic scans (a database buffer pool while a report scans a table: the case
// LRU-K and 2Q were built for), and a trace typed by the reader. Keys are integers 0..keys−1. Zipf
// draws cost O(log keys) each (binary search in the precomputed distribution); the others O(1).

import { deriveSeed, mulberry32 } from '../shared/random.ts';
import { echoText } from '../shared/validate.ts';
import { sampleCdf as sample, zipfCdf } from '../shared/zipf.ts';
import { germanNumber } from '../../lib/germanNumber.ts';

export { zipfCdf };

/** Largest key a reader may type; also the largest key space of generated workloads. */
export const MAX_KEY = 1_000_000;
/** Most entries a typed trace may have. */
export const MAX_CUSTOM_LENGTH = 100_000;

export type Workload =
  | { kind: 'zipf'; keys: number; alpha: number; length: number }
  | { kind: 'uniform'; keys: number; length: number }
  | { kind: 'loop'; keys: number; length: number }
  | { kind: 'shifting'; keys: number; alpha: number; length: number; shiftEvery: number; shiftBy: number }
  | ScanWorkload
  | { kind: 'custom'; text: string };

/**
 * A hot set with periodic scans. Keys 0..hotKeys−1 are the hot set, read uniformly at random. The
 * run is cut into periods of `period` accesses; in the middle of each period a scan phase of
 * `scanSpan` accesses reads the cold keys (hotKeys..keys−1) one after another, each once, continuing
 * where the previous scan stopped (if the hot set is all keys, it reads those). During a scan two of every three accesses belong to the scan and
 * the third still reads the hot set (the users keep working while the report runs).
 */
export interface ScanWorkload {
  kind: 'scan';
  keys: number;
  length: number;
  hotKeys: number;
  period: number;
  scanSpan: number;
}

/**
 * Whether access `i` of a scan workload belongs to a scan (true) or reads the hot set.
 * @example
 * isScanAccess({ kind: 'scan', keys: 10, length: 12, hotKeys: 2, period: 6, scanSpan: 3 }, 3); // true
 */
export function isScanAccess(workload: ScanWorkload, i: number): boolean {
  const { period, scanSpan } = workload;
  const start = Math.floor((period - scanSpan) / 2);
  const p = (i % period) - start;
  return p >= 0 && p < scanSpan && p % 3 !== 2;
}

export type ParsedTrace =
  { ok: true; trace: Int32Array } | { ok: false; message: string; position: number; token: string };

const de = germanNumber();

/**
 * Parses a typed trace such as "1, 2, 3, 4, 1, 2, 5"; commas, semicolons and spaces separate entries.
 * The German message names the 1-based position and the bad token.
 * @example
 * parseTrace('1, 2, x'); // { ok: false, message: 'Eintrag 3 („x“) ist keine ganze Zahl ≥ 0.', position: 3, token: 'x' }
 */
export function parseTrace(text: string): ParsedTrace {
  const trimmed = text.trim();
  if (trimmed === '') {
    return {
      ok: false,
      message: 'Die Zugriffsfolge ist leer. Beispiel: 1, 2, 3, 4, 1, 2, 5',
      position: 0,
      token: '',
    };
  }
  const tokens = trimmed.split(/\s*[,;]\s*|\s+/);
  if (tokens.length > 1 && tokens[tokens.length - 1] === '') tokens.pop(); // "1, 2, 3," is fine
  if (tokens.length > MAX_CUSTOM_LENGTH) {
    const message = `Die Zugriffsfolge hat ${de.format(tokens.length)} Einträge; erlaubt sind höchstens ${de.format(MAX_CUSTOM_LENGTH)}.`;
    return { ok: false, message, position: 0, token: '' };
  }
  const trace = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const position = i + 1;
    if (token === '') {
      return {
        ok: false,
        message: `Eintrag ${position} ist leer (zwei Trennzeichen hintereinander).`,
        position,
        token,
      };
    }
    const shown = echoText(token, 20);
    if (!/^\d+$/.test(token)) {
      return {
        ok: false,
        message: `Eintrag ${position} („${shown}“) ist keine ganze Zahl ≥ 0.`,
        position,
        token,
      };
    }
    const key = Number(token);
    if (key > MAX_KEY) {
      const message = `Eintrag ${position} („${shown}“) ist zu groß; erlaubt sind Schlüssel von 0 bis ${de.format(MAX_KEY)}.`;
      return { ok: false, message, position, token };
    }
    trace[i] = key;
  }
  return { ok: true, trace };
}

/**
 * Generates the trace of a (validated) workload; key 0 is the most popular under Zipf.
 * @example
 * generateTrace({ kind: 'loop', keys: 3, length: 7 }, mulberry32(1)); // Int32Array [0, 1, 2, 0, 1, 2, 0]
 */
export function generateTrace(workload: Workload, random: () => number): Int32Array {
  if (workload.kind === 'custom') {
    const parsed = parseTrace(workload.text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.trace;
  }
  const { keys, length } = workload;
  const trace = new Int32Array(length);
  switch (workload.kind) {
    case 'uniform':
      for (let i = 0; i < length; i++) trace[i] = Math.floor(random() * keys);
      break;
    case 'loop':
      for (let i = 0, key = 0; i < length; i++, key = key + 1 === keys ? 0 : key + 1) trace[i] = key;
      break;
    case 'zipf': {
      const cdf = zipfCdf(keys, workload.alpha);
      for (let i = 0; i < length; i++) trace[i] = sample(cdf, random());
      break;
    }
    case 'shifting': {
      // Popularity ranks stay Zipf, but every `shiftEvery` accesses the ranks move to other keys.
      const cdf = zipfCdf(keys, workload.alpha);
      for (let i = 0; i < length; i++) {
        const offset = (Math.floor(i / workload.shiftEvery) * workload.shiftBy) % keys;
        const key = sample(cdf, random()) + offset;
        trace[i] = key >= keys ? key - keys : key;
      }
      break;
    }
    case 'scan': {
      // A scan reads the cold keys in turn; with no cold key left (hotKeys = keys), the hot ones.
      const { hotKeys } = workload;
      const first = keys > hotKeys ? hotKeys : 0;
      const cycle = keys > hotKeys ? keys - hotKeys : hotKeys;
      for (let i = 0, next = 0; i < length; i++) {
        if (isScanAccess(workload, i)) {
          trace[i] = first + next;
          next = next + 1 === cycle ? 0 : next + 1;
        } else trace[i] = Math.floor(random() * hotKeys);
      }
      break;
    }
  }
  return trace;
}

/**
 * The trace a scenario with this workload and seed runs on — the same for `simulate`, the miss-ratio
 * curve and the hierarchy, so views of one scenario compare like with like.
 * @example
 * traceFor({ kind: 'uniform', keys: 10, length: 5 }, 42); // the same five keys on every run
 */
export function traceFor(workload: Workload, seed: number): Int32Array {
  return generateTrace(workload, mulberry32(deriveSeed(seed, 0)));
}
