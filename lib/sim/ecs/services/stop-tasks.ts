import { requestStop } from '../tasks/stop';
import type { Service, Task } from '../types';
import { findTaskById, type World } from '../world';
import { postServiceEvent, serviceMessages } from './service-events';

/**
 * The scheduler stopping some of a service's tasks with stopCode `ServiceSchedulerInitiated`
 * (§3.2). The "has stopped … running tasks" event is posted before the tasks start draining, so
 * the log reads as ECS's does: stopped, then deregistered, then draining connections.
 */

/** §3.2: a service scaled in or a deployment replaced the task. */
export function scalingReason(deploymentId: string): string {
  return `Scaling activity initiated by (deployment ${deploymentId})`;
}

/**
 * §5.9: a task on a DRAINING container instance. Only the tail `container instance is in DRAINING
 * state` is seen in public filters of real stop reasons; the `Service NAME:` head is unconfirmed.
 */
export function drainingReason(serviceName: string): string {
  return `Service ${serviceName}: container instance is in DRAINING state`;
}

export function stopServiceTasks(
  world: World,
  service: Pick<Service, 'arn' | 'name'>,
  tasks: readonly Task[],
  reason: (task: Task) => string,
): void {
  if (tasks.length === 0) return;
  const running = tasks.filter((t) => t.lastStatus === 'RUNNING');
  const pending = tasks.length - running.length;
  if (running.length > 0)
    postServiceEvent(
      world,
      service,
      serviceMessages.stoppedRunning(service.name, running),
      'service-tasks-stopped',
    );
  if (pending > 0)
    postServiceEvent(
      world,
      service,
      serviceMessages.stoppedPending(service.name, pending),
      'service-tasks-stopped',
    );
  for (const task of tasks) {
    const current = findTaskById(world, task.id) ?? task;
    requestStop(world, current, 'ServiceSchedulerInitiated', reason(task));
  }
}
