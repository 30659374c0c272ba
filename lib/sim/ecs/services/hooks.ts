import { drainTaskTargets, registerTaskTargets } from '../elb';
import type { Service, Task } from '../types';
import type { World } from '../world';
import { countFailedTask } from './circuit-breaker';
import { updateDeployment } from './deployments';
import { findService } from './lookup';
import { postServiceEvent, serviceMessages } from './service-events';
import { countStartFailure, resetThrottle } from './throttle';

/**
 * Where the task lifecycle tells the service layer what happened to a task. The task code calls
 * these; the service scheduler, load balancer and circuit breaker (services/*) act on them.
 */

function liveServiceOf(world: World, task: Task): Service | undefined {
  if (task.serviceName === null) return undefined;
  const service = findService(world, task.cluster, task.serviceName);
  return service === undefined || service.status === 'INACTIVE' ? undefined : service;
}

/**
 * A task reached RUNNING: its targets are registered in the service's target groups (§3.1,
 * §5.2), its deployment has now run a task (circuit breaker stage 2, §5.4), and the throttle
 * resets (§5.1).
 */
export function onTaskRunning(world: World, task: Task): void {
  const service = liveServiceOf(world, task);
  if (service === undefined) return;
  for (const group of registerTaskTargets(world, task, service.loadBalancers))
    postServiceEvent(
      world,
      service,
      serviceMessages.registeredTargets(service.name, 1, group.arn),
      'service-targets-registered',
    );
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment !== undefined && !deployment.reachedRunning)
    updateDeployment(world, service, deployment.id, (d) => ({ ...d, reachedRunning: true }));
  resetThrottle(world, service);
}

/**
 * A running task is being stopped: deregister its targets. Returns when the target group's
 * deregistration delay ends (the task waits in DEACTIVATING until then), or null when it has no
 * targets.
 */
export function deregisterTaskTargets(world: World, task: Task): number | null {
  const drained = drainTaskTargets(world, task);
  const service = liveServiceOf(world, task);
  if (service !== undefined && drained.groups.length > 0) {
    for (const group of drained.groups)
      postServiceEvent(
        world,
        service,
        serviceMessages.deregisteredTargets(service.name, 1, group.arn),
        'service-targets-deregistered',
      );
    postServiceEvent(
      world,
      service,
      serviceMessages.drainingConnections(service.name, 1),
      'service-draining',
    );
  }
  return drained.until;
}

/**
 * A task reached STOPPED (resources are already released): targets it still had are drained (a
 * lost host skips DEACTIVATING), and a failure counts for the circuit breaker and the throttle.
 */
export function onTaskStopped(world: World, task: Task): void {
  deregisterTaskTargets(world, task);
  const service = liveServiceOf(world, task);
  if (service === undefined) return;
  countFailedTask(world, service, task);
  const current = findService(world, task.cluster, service.name);
  if (current !== undefined) countStartFailure(world, current, task);
}
