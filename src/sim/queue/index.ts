/**
 * The message-queue engine's public API (the pizza shop): the only module the lab imports.
 *
 * @example
 * import { simulateQueue, validateQueueScenario } from '../sim/queue/index.ts';
 * const checked = validateQueueScenario({ consumers: { count: 4 } });
 * if (checked.ok) simulateQueue(checked.value).wait.p95;
 */
export { simulateQueue } from './simulate.ts';
export { CHOICE_LABELS, defaultQueueScenario, LIMITS, validateQueueScenario } from './validate.ts';
export { erlangC, mg1Wait, mmcWait } from './theory.ts';
export { retryDelay } from './retry.ts';
export { CircuitBreaker, type BreakerState } from './breaker.ts';
export * from './types.ts';
export type { FieldError, Range, Validation } from '../shared/validate.ts';
