import type { Service, Task } from '../types';
import type { World } from '../world';
import { circuitBreakerThreshold } from './bounds';
import { newDeployment, updateDeployment, withNewDeployment } from './deployments';
import { primaryOf, updateServiceState } from './lookup';
import { postServiceEvent, serviceMessages } from './service-events';

/**
 * The deployment circuit breaker (§5.4). A deployment counts its failed tasks:
 * - stage 1, until one of its tasks reaches RUNNING: tasks that stop without ever running because
 *   they failed to start (a pull error, an app that exits at once);
 * - stage 2, afterwards: tasks stopped for failing ELB or container health checks. Tasks whose
 *   essential container exits also count here: real drills show a crash-looping revision tripping
 *   the breaker with `tasks failed to start` (observed; the reference lists health checks only).
 * Stops by the scheduler itself, by a user or by a lost host are not failures. When the count
 * reaches the threshold the deployment is FAILED and, with `rollback`, a new deployment goes back
 * to the last COMPLETED one. Texts: `rolloutStateReason` values and events observed in real
 * describe-services output.
 */
export const CIRCUIT_BREAKER_FAILED = 'ECS deployment circuit breaker: tasks failed to start.';

export function rollbackReason(toDeploymentId: string): string {
  return `ECS deployment circuit breaker: rolling back to deploymentId ${toDeploymentId}.`;
}

function isFailure(task: Task, reachedRunning: boolean): boolean {
  if (!reachedRunning)
    return (
      task.startedAt === null &&
      (task.stopCode === 'TaskFailedToStart' || task.stopCode === 'EssentialContainerExited')
    );
  return task.stopCode === 'EssentialContainerExited';
}

/**
 * A task of the service reached STOPPED: count it against its deployment if it failed to start
 * (stage 1) or its essential container exited (stage 2). Health-check failures are counted when
 * the scheduler decides to replace the task ({@link countHealthCheckFailure}), not after its drain.
 */
export function countFailedTask(world: World, service: Service, task: Task): void {
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment === undefined || deployment.rolloutState !== 'IN_PROGRESS') return;
  if (!isFailure(task, deployment.reachedRunning)) return;
  updateDeployment(world, service, deployment.id, (d) => ({
    ...d,
    failedTasks: d.failedTasks + 1,
    updatedAt: world.now,
  }));
}

/** Stage 2: the scheduler replaces a task of the deployment that failed its ELB or container health checks. */
export function countHealthCheckFailure(world: World, service: Service, task: Task): void {
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment === undefined || deployment.rolloutState !== 'IN_PROGRESS') return;
  updateDeployment(world, service, deployment.id, (d) => ({
    ...d,
    failedTasks: d.failedTasks + 1,
    updatedAt: world.now,
  }));
}

/**
 * Trips the breaker when the PRIMARY deployment's failures reach the threshold. Returns true when
 * it did (the scheduler then stops launching tasks of the failed deployment).
 */
export function evaluateCircuitBreaker(world: World, service: Service): boolean {
  const breaker = service.deploymentConfiguration.circuitBreaker;
  const primary = primaryOf(service);
  if (!breaker.enable || service.schedulingStrategy !== 'REPLICA' || primary === undefined) return false;
  if (
    primary.rolloutState !== 'IN_PROGRESS' ||
    primary.failedTasks < circuitBreakerThreshold(service.desiredCount)
  )
    return false;
  updateDeployment(world, service, primary.id, (d) => ({
    ...d,
    rolloutState: 'FAILED',
    rolloutStateReason: CIRCUIT_BREAKER_FAILED,
    updatedAt: world.now,
  }));
  postServiceEvent(
    world,
    service,
    serviceMessages.deploymentFailed(service.name, primary.id),
    'service-deployment-failed',
    'error',
  );
  const target = service.deployments.find((d) => d.status === 'ACTIVE' && d.rolloutState === 'COMPLETED');
  if (!breaker.rollback || target === undefined) return true;
  const rollback = newDeployment(
    world,
    target.taskDefinitionArn,
    service.desiredCount,
    rollbackReason(target.id),
  );
  updateServiceState(world, service, (s) => ({
    ...withNewDeployment(s, rollback, world.now),
    startFailures: 0,
    retryAt: 0,
  }));
  postServiceEvent(
    world,
    service,
    serviceMessages.rollingBack(service.name, target.id),
    'service-rollback',
    'warning',
  );
  return true;
}
