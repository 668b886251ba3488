/**
 * The load-balancing engine's public API.
 *
 * @example
 * import { simulate, validateScenario } from '../sim/loadbalancing/index.ts';
 * const checked = validateScenario({ algorithm: 'leastConnections' });
 * if (checked.ok) simulate(checked.scenario).latency.p95;
 */
export { Simulation, simulate } from './simulation.ts';
export type { LiveServers } from './simulation.ts';
export { latencyOverTime, latencySummary } from './result.ts';
export { validateScenario, defaultScenario, DEFAULT_SERVER, LIMITS, formatNumber } from './validate.ts';
export type { ValidationResult } from './validate.ts';
export { algorithms, algorithmInfo } from './registry.ts';
export type { AlgorithmInfo } from './registry.ts';
export { clientIp, formatIp, NAT_IP } from './workload.ts';
export * from './types.ts';
