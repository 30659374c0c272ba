import type { SimEvent } from '../../core/types';
import { MAX_SERVICE_EVENTS } from '../figures';
import { uuid } from '../ids';
import type { Service, Task } from '../types';
import { emit, type World } from '../world';
import { updateServiceState } from './lookup';

/**
 * Service event messages (§5.2, §4.4), in the current `(service NAME)` form. Each is kept in the
 * service's `events` (newest first, at most 100, with a UUID id) and emitted as a SimEvent.
 * Sources: the reference quotes; the others are observed in real `describe-services` output quoted
 * in public repositories (noted per message).
 */
export function postServiceEvent(
  world: World,
  service: Pick<Service, 'arn'>,
  message: string,
  kind: string,
  level: SimEvent['level'] = 'info',
): void {
  const id = uuid(world);
  const posted = updateServiceState(world, service, (current) => ({
    ...current,
    events: [{ id, createdAt: world.now, message }, ...current.events].slice(0, MAX_SERVICE_EVENTS),
  }));
  if (posted !== undefined) emit(world, kind, level, message);
}

const head = (name: string): string => `(service ${name})`;
const taskList = (tasks: readonly Pick<Task, 'id'>[]): string => tasks.map((t) => `(task ${t.id})`).join(' ');

/** Tasks per Availability Zone, in the order the rebalancing events list them. */
export interface ZoneCount {
  readonly az: string;
  readonly count: number;
}

/**
 * "2 tasks in us-east-1a, 1 in us-east-1b, and 0 in us-east-1c": AWS's template names three zones
 * ("N tasks in Availability Zone 1, N in Availability Zone 2, and N in Availability Zone 3"); the
 * two-zone form ("… and …") follows it (unconfirmed). `everyTasks`: the completion event repeats
 * "tasks" after each number.
 */
function zoneList(zones: readonly ZoneCount[], everyTasks: boolean): string {
  const parts = zones.map((z, index) => `${z.count}${index === 0 || everyTasks ? ' tasks' : ''} in ${z.az}`);
  if (parts.length <= 2) return parts.join(' and ');
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1) ?? ''}`;
}

export const serviceMessages = {
  /** §5.2 [doc example]. */
  started: (name: string, tasks: readonly Pick<Task, 'id'>[]) =>
    `${head(name)} has started ${tasks.length} tasks: ${taskList(tasks)}.`,
  /** §5.2 [observed]. */
  stoppedRunning: (name: string, tasks: readonly Pick<Task, 'id'>[]) =>
    `${head(name)} has stopped ${tasks.length} running tasks: ${taskList(tasks)}.`,
  /** Observed as `(service X) stopped 2 pending tasks.` (no task list). */
  stoppedPending: (name: string, count: number) => `${head(name)} stopped ${count} pending tasks.`,
  /** §5.2 [observed]: no final period. */
  registeredTargets: (name: string, count: number, targetGroupArn: string) =>
    `${head(name)} registered ${count} targets in (target-group ${targetGroupArn})`,
  /** Observed beside `has stopped … running tasks`, no final period. */
  deregisteredTargets: (name: string, count: number, targetGroupArn: string) =>
    `${head(name)} deregistered ${count} targets in (target-group ${targetGroupArn})`,
  /** Observed. */
  drainingConnections: (name: string, count: number) =>
    `${head(name)} has begun draining connections on ${count} tasks.`,
  /** §5.2. */
  steadyState: (name: string) => `${head(name)} has reached a steady state.`,
  /** §5.2 [observed]. */
  deploymentCompleted: (name: string, deploymentId: string) =>
    `${head(name)} (deployment ${deploymentId}) deployment completed.`,
  /** Observed in circuit-breaker drills. */
  deploymentFailed: (name: string, deploymentId: string) =>
    `${head(name)} (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
  /** Observed in circuit-breaker drills: names the deployment rolled back to. */
  rollingBack: (name: string, deploymentId: string) =>
    `${head(name)} rolling back to deployment ${deploymentId}.`,
  /** Observed. */
  failedContainerHealthChecks: (name: string, taskId: string) =>
    `${head(name)} (task ${taskId}) failed container health checks.`,
  /** §5.2 ELB health, in the target-group form observed today: `(task ID)` for ip targets, `(instance ID)` for instance targets. */
  unhealthyTarget: (name: string, who: string, port: number, targetGroupArn: string, reason: string) =>
    `${head(name)} ${who} (port ${port}) is unhealthy in (target-group ${targetGroupArn}) due to (reason ${reason}).`,
  /** §5.1 [doc]. */
  throttled: (name: string) => `${head(name)} is unable to consistently start tasks successfully.`,
  /** §5.2 [doc]. */
  deploymentConfiguration: (name: string) =>
    `${head(name)} was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`,
  /**
   * §5.8 SERVICE_REBALANCING_STARTED and _COMPLETED, TASKS_STARTED and TASKS_STOPPED, as AWS's
   * "Track Amazon ECS Availability Zone rebalancing" page and its event-message list give them
   * (note `service (NAME)`, not `(service NAME)`). How several task ids are joined is not shown
   * there (the template says `task-ids`): a comma-separated list is unconfirmed.
   */
  rebalancingStarted: (name: string, zones: readonly ZoneCount[]) =>
    `service (${name}) is not AZ balanced with ${zoneList(zones, false)}. AZ Rebalancing in progress.`,
  rebalancingCompleted: (name: string, zones: readonly ZoneCount[]) =>
    `service (${name}) is AZ balanced with ${zoneList(zones, true)}.`,
  rebalanceStartedTasks: (name: string, az: string, tasks: readonly Pick<Task, 'id'>[]) =>
    `${name} has started ${tasks.length} tasks in ${az} to AZ Rebalance: ${tasks.map((t) => t.id).join(', ')}.`,
  rebalanceStoppedTasks: (name: string, az: string, tasks: readonly Pick<Task, 'id'>[]) =>
    `${name} has stopped ${tasks.length} running tasks in ${az} due to AZ rebalancing: ${tasks.map((t) => t.id).join(', ')}.`,
  /**
   * §4.4 form with RunTask's Fargate capacity reason: observed as the title of sil-org/ecs-deploy#277
   * (no AZ left for the service, or no Fargate Spot capacity).
   */
  noFargateCapacity: (name: string) =>
    `${head(name)} was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone.`,
} as const;

/**
 * Posts a "cannot make progress" event (unable to place, deployment configuration) unless it is
 * the one last posted: ECS suppresses repeats until the cause clears (§4.4).
 */
export function postProblem(
  world: World,
  service: Pick<Service, 'arn'>,
  message: string,
  kind: string,
): void {
  const current = world.services.find((s) => s.arn === service.arn && s.status !== 'INACTIVE');
  if (current === undefined || current.lastPlacementProblem === message) return;
  updateServiceState(world, service, (s) => ({ ...s, lastPlacementProblem: message }));
  postServiceEvent(world, service, message, kind, 'warning');
}

/** The cause cleared: the next problem is posted again. */
export function clearProblem(world: World, service: Pick<Service, 'arn'>): void {
  const current = world.services.find((s) => s.arn === service.arn && s.status !== 'INACTIVE');
  if (current !== undefined && current.lastPlacementProblem !== null)
    updateServiceState(world, service, (s) => ({ ...s, lastPlacementProblem: null }));
}
