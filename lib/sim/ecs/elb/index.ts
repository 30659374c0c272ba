/**
 * Elastic Load Balancing for ECS services (shared/reference/aws-containers.md §5.2): target groups
 * on the account's Application Load Balancer, target registration and draining, and health checks.
 */
export {
  createTargetGroup,
  DEFAULT_DEREGISTRATION_DELAY_S,
  findTargetGroup,
  modifyTargetGroupAttributes,
} from './target-groups';
export { drainTaskTargets, liveTargetsOf, registerTaskTargets, targetFor } from './targets';
export { advanceTargets, nextTargetChangeAt, probeTarget, type FailureReason } from './health-checks';
export { healthCheckReasonText } from './reason-text';
