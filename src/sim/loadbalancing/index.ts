/**
 * The load-balancing engine's public API: the only module the lab (src/components/**) imports.
 * Runs are read through accessors and result objects, never through the engine's arrays.
 *
 * @example
 * import { simulate, validateScenario } from '../sim/loadbalancing/index.ts';
 * const checked = validateScenario({ algorithm: 'leastConnections' });
 * if (checked.ok) simulate(checked.value).latency.p95;
 */
export { Simulation, simulate } from './simulation.ts';
export { latencyOverTime, latencySummary } from './result.ts';
export { validateScenario, defaultScenario, DEFAULT_SERVER, LIMITS, CHOICE_LABELS } from './validate.ts';
export { algorithms, algorithmInfo } from './registry.ts';
export type { AlgorithmInfo } from './registry.ts';
export { clientIp, formatIp, NAT_IP } from './workload.ts';
export * from './types.ts';
export type { FieldError, Range, Validation } from '../shared/validate.ts';
