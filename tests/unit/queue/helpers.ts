// Scenarios for the queue engine tests: the defaults with a few fields changed, validated the way
// the lab validates them (so a test can never use a scenario the lab would refuse).
import {
  defaultQueueScenario,
  validateQueueScenario,
  type QueueScenario,
} from '../../../src/sim/queue/index.ts';

type Patch = {
  [K in keyof QueueScenario]?: QueueScenario[K] extends object ? Partial<QueueScenario[K]> : QueueScenario[K];
};

/** The default scenario with `patch` merged one level deep, validated. */
export function scenario(patch: Patch): QueueScenario {
  const base = defaultQueueScenario() as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const old = base[key];
    merged[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof old === 'object'
        ? { ...(old as object), ...value }
        : value;
  }
  const checked = validateQueueScenario(merged);
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('\n'));
  return checked.value;
}

/**
 * An M/X/c queue without limits or failures: arrival rate 1/min, c consumers, mean service
 * ρ·c minutes, a queue that never fills.
 */
export function textbook(
  c: number,
  rho: number,
  orders: number,
  kind: 'exponential' | 'deterministic',
  seed = 1,
) {
  return scenario({
    seed,
    orders,
    arrival: { kind: 'poisson', ratePerMin: 1 },
    queue: { capacity: 1_000_000, whenFull: 'reject' },
    consumers: { count: c, service: { kind, meanMin: rho * c } },
    // No baking outlasts the visibility timeout: the textbook knows no redeliveries.
    ack: { visibilityTimeoutMin: 1000 },
  });
}
