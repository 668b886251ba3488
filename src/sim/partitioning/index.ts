// Public entry of the partitioning and replication engine for the lab island: placement schemes and
// what moves when a node joins, leaves or fails; leader–follower replication; leaderless quorums;
// validation with German messages.

export { ackTime, QUORUM_FAILURES, readVersion, simulateQuorum } from './quorum.ts';
export type { QuorumExample, QuorumFailure, QuorumResult, QuorumScenario } from './quorum.ts';
export { initialLayout, keyHashes, layoutAfter, placeKeys, SCHEME_IDS, SCHEMES } from './layout.ts';
export type { Layout, NodeEvent, SchemeId } from './layout.ts';
export { keyWeights, spread, type Popularity, type Spread } from './load.ts';
export { simulatePartitioning } from './rebalance.ts';
export type { NodeLoad, PartitionResult, PartitionScenario, PlacementView } from './rebalance.ts';
export { READ_POLICIES, REPLICATION_MODES, simulateReplication } from './replication.ts';
export type { ReadPolicy, ReplicationMode, ReplicationResult, ReplicationScenario } from './replication.ts';
export { jumpHash } from './schemes/jump.ts';
export {
  LIMITS,
  validatePartitionScenario,
  validateQuorumScenario,
  validateReplicationScenario,
} from './validate.ts';
export type { FieldError, Range, Validation } from '../shared/validate.ts';
