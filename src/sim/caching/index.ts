// Public entry of the caching engine for the lab island: the policy registry, the workloads, step and
// run simulation, miss-ratio curves, the hierarchy with consistent hashing, and validation.

export { createRing, keyHash, nodeFor, ringShares, type Ring } from '../shared/consistentHash.ts';
export {
  LEVEL_LABELS,
  LEVELS,
  runHierarchy,
  simulateHierarchy,
  type FailureResult,
  type HierarchyResult,
  type HierarchyScenario,
  type HierarchySettings,
  type Level,
  type LevelResult,
  type OnlinePolicyId,
} from './hierarchy.ts';
export {
  curveSizes,
  lruMissRatios,
  lruStackDistances,
  missRatioCurve,
  type MissRatioCurve,
} from './missRatioCurve.ts';
export { createCache, isPolicyId, POLICIES, POLICY_IDS, type PolicyId, type PolicyInfo } from './policies.ts';
export {
  MAX_STEP_LENGTH,
  runTrace,
  simulate,
  stepTrace,
  type CacheResult,
  type CacheScenario,
  type PolicySettings,
  type RunResult,
  type Step,
  type StepResult,
} from './simulate.ts';
export type { Cache, CacheOptions } from './types.ts';
export { LIMITS, validateCacheScenario, validateHierarchyScenario } from './validate.ts';
export type { FieldError, Range, Validation } from '../shared/validate.ts';
export {
  generateTrace,
  isScanAccess,
  MAX_CUSTOM_LENGTH,
  MAX_KEY,
  parseTrace,
  traceFor,
  zipfCdf,
  type ParsedTrace,
  type ScanWorkload,
  type Workload,
} from './workloads.ts';
