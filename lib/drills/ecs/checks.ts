import type { GoalCheck } from '../types';
import type { EcsState, Service, Task, TaskDefinition } from '../../sim/ecs/types';
import { parseImageRef } from '../../sim/ecs/images';

/**
 * Goal checks shared by the ECS drills. They judge the state a learner reached, never the commands
 * that reached it: a service by its running tasks against its desired count and its deployments,
 * tasks by their status and how long they have stayed up, targets by their health.
 */

/** A failing app exits within seconds of starting; a minute up means it is really running. */
export const STAYS_UP_MS = 60_000;

export function findService(state: EcsState, name: string, cluster = 'default'): Service | undefined {
  return state.services.find((s) => s.name === name && s.cluster === cluster && s.status === 'ACTIVE');
}

/** The service's tasks that are RUNNING and meant to stay so. */
export function runningTasks(state: EcsState, service: Service): Task[] {
  return state.tasks.filter(
    (t) =>
      t.serviceName === service.name &&
      t.cluster === service.cluster &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  );
}

export function definitionOf(state: EcsState, task: Task): TaskDefinition | undefined {
  return state.taskDefinitions.find((d) => d.arn === task.taskDefinitionArn);
}

export function goalCheck(label: string, met: boolean): GoalCheck {
  return { label, met };
}

/** Running tasks equal the desired count, and the desired count is at least `minimum`. */
export function runsDesiredCount(state: EcsState, name: string, minimum: number, label: string): GoalCheck {
  const service = findService(state, name);
  if (service === undefined) return goalCheck(label, false);
  return goalCheck(
    label,
    service.desiredCount >= minimum && runningTasks(state, service).length === service.desiredCount,
  );
}

/** One deployment left, PRIMARY and COMPLETED: no rollout in progress, nothing old still draining. */
export function deploymentSettled(state: EcsState, name: string, label: string): GoalCheck {
  const service = findService(state, name);
  const only = service?.deployments.length === 1 ? service.deployments[0] : undefined;
  return goalCheck(
    label,
    only !== undefined && only.status === 'PRIMARY' && only.rolloutState === 'COMPLETED',
  );
}

/** Every running task of the service has been RUNNING for at least a minute (and there is one). */
export function tasksStayUp(state: EcsState, name: string, label: string): GoalCheck {
  const service = findService(state, name);
  const tasks = service === undefined ? [] : runningTasks(state, service);
  return goalCheck(
    label,
    tasks.length > 0 && tasks.every((t) => t.startedAt !== null && state.now - t.startedAt >= STAYS_UP_MS),
  );
}

/**
 * Every running task of the service is a healthy target in each of the service's target groups,
 * and no target of the group is failing or still in its initial checks.
 */
export function targetsHealthy(state: EcsState, name: string, label: string): GoalCheck {
  const service = findService(state, name);
  if (service === undefined || service.loadBalancers.length === 0) return goalCheck(label, false);
  const tasks = runningTasks(state, service);
  const healthy = service.loadBalancers.every((link) => {
    const group = state.targetGroups.find((g) => g.arn === link.targetGroupArn);
    if (group === undefined) return false;
    const settled = group.targets.every((t) => t.state === 'healthy' || t.state === 'draining');
    return (
      settled &&
      tasks.every((task) => group.targets.some((t) => t.taskId === task.id && t.state === 'healthy'))
    );
  });
  return goalCheck(label, tasks.length > 0 && healthy);
}

/** Each running task of the service runs an image of this repository (any tag), e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com/web`. */
export function runsImageOf(state: EcsState, name: string, repository: string, label: string): GoalCheck {
  const service = findService(state, name);
  const tasks = service === undefined ? [] : runningTasks(state, service);
  return goalCheck(
    label,
    tasks.length > 0 &&
      tasks.every((t) => t.containers.some((c) => parseImageRef(c.image).repository === repository)),
  );
}
