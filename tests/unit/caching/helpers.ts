// Small helpers shared by the caching tests.
import { stepTrace } from '../../../src/sim/caching/simulate.ts';
import type { PolicyId } from '../../../src/sim/caching/policies.ts';

export const trace = (text: string): Int32Array => Int32Array.from(text.split(',').map(Number));

/** Number of misses ("page faults") of a policy on a trace. */
export function faults(policy: PolicyId, capacity: number, keys: Int32Array, ttl = 1_000_000): number {
  return stepTrace(policy, capacity, keys, { seed: 1, ttl }).misses;
}
