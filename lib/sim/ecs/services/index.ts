/**
 * ECS services (shared/reference/aws-containers.md §5): CreateService, UpdateService,
 * DeleteService, the REPLICA and DAEMON schedulers, rolling deployments, the circuit breaker, the
 * throttle, and the service events. The engine runs `reconcileServices` after every command and at
 * every scheduled instant, and asks `nextServicesChangeAt` when the next one is.
 */
export { createService, DAEMON_DESIRED_COUNT, type ServiceResult } from './create-service';
export { updateService } from './update-service';
export { deleteService } from './delete-service';
export { reconcileServices } from './reconcile';
export { availabilityZoneRebalancingOf, rebalancingCompatible } from './rebalance';
export { nextServicesChangeAt } from './schedule';
export { circuitBreakerThreshold, maximumTasks, minimumHealthyTasks } from './bounds';
export { CIRCUIT_BREAKER_FAILED, rollbackReason } from './circuit-breaker';
export { findService, primaryOf, serviceArn } from './lookup';
export { serviceMessages } from './service-events';
export { drainingReason, scalingReason } from './stop-tasks';
export { THROTTLE_AFTER, THROTTLE_MAX_MS, throttleDelay } from './throttle';
