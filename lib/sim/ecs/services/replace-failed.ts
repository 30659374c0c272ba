import { healthCheckReasonText } from '../elb';
import type { Service, Task } from '../types';
import type { World } from '../world';
import { countHealthCheckFailure } from './circuit-breaker';
import { inGracePeriod, verdictOf, type TargetIndex } from './health';
import { postServiceEvent, serviceMessages } from './service-events';
import { stopServiceTasks } from './stop-tasks';

/**
 * A service replaces tasks that failed their health checks (§2.2, §5.1), once the health check
 * grace period is over: UNHEALTHY by container health checks (`Task failed container health
 * checks`), or unhealthy in one of its target groups (`Task failed ELB health checks in
 * (target-group ARN)`, §3.2). Both stop reasons are quoted without a final period in real output.
 * Returns the tasks it stopped.
 */
export function replaceFailedTasks(
  world: World,
  service: Service,
  live: readonly Task[],
  targets: TargetIndex,
): Task[] {
  const failed: { task: Task; reason: string }[] = [];
  for (const task of live) {
    if (task.lastStatus !== 'RUNNING' || inGracePeriod(service, task, world.now)) continue;
    const verdict = verdictOf(service, task, targets);
    if (verdict.kind === 'failed-container') {
      postServiceEvent(
        world,
        service,
        serviceMessages.failedContainerHealthChecks(service.name, task.id),
        'service-task-unhealthy',
        'warning',
      );
      failed.push({ task, reason: 'Task failed container health checks' });
    } else if (verdict.kind === 'failed-elb') {
      const who = verdict.group.targetType === 'ip' ? `(task ${task.id})` : `(instance ${verdict.target.id})`;
      const text = healthCheckReasonText(verdict.target.reason);
      postServiceEvent(
        world,
        service,
        serviceMessages.unhealthyTarget(service.name, who, verdict.target.port, verdict.group.arn, text),
        'service-task-unhealthy',
        'warning',
      );
      failed.push({ task, reason: `Task failed ELB health checks in (target-group ${verdict.group.arn})` });
    }
  }
  const reasons = new Map(failed.map((f) => [f.task.id, f.reason]));
  const tasks = failed.map((f) => f.task);
  for (const task of tasks)
    countHealthCheckFailure(
      world,
      world.services.find((s) => s.arn === service.arn && s.status !== 'INACTIVE') ?? service,
      task,
    );
  stopServiceTasks(world, service, tasks, (task) => reasons.get(task.id) ?? 'Task failed ELB health checks');
  return tasks;
}
