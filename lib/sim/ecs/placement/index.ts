/**
 * Task placement for the EC2 launch type (shared/reference/aws-containers.md §4): the cluster
 * query language, constraints, strategies, scale-in choices, DAEMON targets, validation and the
 * plain-words explanation behind "Why this host?".
 */
export { candidatesFor } from './candidates';
export { daemonTargets, type DaemonPlan } from './daemon';
export { explainPlacement, type ExplanationRow } from './explain';
export { placeTasks } from './place-tasks';
export {
  CHECKS,
  NO_CONTAINER_INSTANCES,
  type Candidate,
  type CheckName,
  type FailureReason,
  type PlacementFailure,
  type PlacementRequest,
  type PlacementResult,
  type TaskNeeds,
} from './placement-types';
export type { ParsedQuery, QueryError, QueryNode } from './query-ast';
export { evaluateQuery, queryTargetOf, SIM_EPOCH_MS, type QueryTarget } from './query-eval';
export { parseQuery } from './query-parser';
export { DEFAULT_SERVICE_STRATEGIES, DEFAULT_STANDALONE_STRATEGIES } from './rank';
export { chooseTasksToStop } from './scale-in';
export { TROUBLESHOOTING_SUFFIX, unableToPlaceMessage } from './unable-to-place';
export { validatePlacement, type RawConstraint, type RawStrategy } from './validate';
