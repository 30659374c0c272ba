/**
 * Capacity and scaling (shared/reference/aws-containers.md §5.6, §5.7): launch templates, Auto
 * Scaling groups, capacity providers with managed scaling, Service Auto Scaling with target
 * tracking, and Dockyard's `load`. The engine calls `sampleMinute` at every whole minute; the
 * service scheduler calls `reconcileAutoScalingGroups` and `placeWaitingTasks` on every pass.
 */
export { registerScalableTarget, putScalingPolicy, serviceOfResource } from './scalable-targets';
export { createLaunchTemplate, launchTemplateProblem } from './launch-templates';
export { createAutoScalingGroup, findAutoScalingGroup, setDesiredCapacity } from './auto-scaling-groups';
export {
  createCapacityProvider,
  putClusterCapacityProviders,
  FARGATE_PROVIDERS,
  MANAGED_TERMINATION_PROTECTION_NEEDS_SCALE_IN_PROTECTION,
} from './capacity-providers';
export { capacityProviderStrategyProblem, ONE_BASE_ONLY } from './strategy';
export { busyInstances, protectedFromScaleIn, reconcileAutoScalingGroups } from './asg-reconcile';
export { isWaitingForCapacity, placeWaitingTasks } from './place-waiting';
export { setLoad } from './load';
export { sampleMinute } from './sample-minute';
export { cpuPercent, taskCapacityRps, CPU_SAMPLES_KEPT } from './cpu-metric';
export { SCALE_IN_DATAPOINTS, SCALE_IN_FACTOR, SCALE_OUT_DATAPOINTS } from './target-tracking';
export { IDLE_BEFORE_SCALE_IN_MS } from './managed-scaling';
