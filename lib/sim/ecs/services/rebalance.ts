import { chooseTasksToStop, candidatesFor } from '../placement';
import { requestStop } from '../tasks/stop';
import type { Deployment, Service, Task, TaskDefinition } from '../types';
import type { World } from '../world';
import { maximumTasks, minimumHealthyTasks } from './bounds';
import { verdictOf, type TargetIndex } from './health';
import { updateServiceState } from './lookup';
import { assessBalance, type Balance } from './rebalance-zones';
import { postProblem, postServiceEvent, serviceMessages } from './service-events';
import { serviceGroup, startServiceTasks } from './start-tasks';
import { scalingReason } from './stop-tasks';

/**
 * Availability Zone rebalancing (§5.8; AWS's "Balancing an Amazon ECS service across Availability
 * Zones"). ECS watches a REPLICA service once it has reached a steady state; when its tasks are
 * unbalanced across the zones with usable capacity (rebalance-zones.ts) it posts
 * SERVICE_REBALANCING_STARTED, starts a task in the emptiest zone and, once that task is RUNNING
 * and healthy, stops one in the fullest zone (maximumPercent must leave room for the extra task;
 * if it does not but minimumHealthyPercent allows one fewer, the stop comes first). It repeats one
 * task at a time until the zones are balanced, then posts SERVICE_REBALANCING_COMPLETED. A new
 * deployment or a service that leaves its steady state interrupts it.
 */

/**
 * CreateService's default (§5.8): ENABLED for a compatible service. AWS names binpack services as
 * incompatible (its June 2025 notice, quoted in DistributedScience/Distributed-CellProfiler#198)
 * and describes balancing for services whose first strategy spreads over AZs; that a REPLICA
 * service without strategies (default: AZ spread first, §4.2) or with AZ spread first is
 * compatible, and any other first strategy is not, is the course's reading.
 */
export function rebalancingCompatible(
  service: Pick<Service, 'schedulingStrategy' | 'placementStrategy'>,
): boolean {
  const first = service.placementStrategy[0];
  return (
    service.schedulingStrategy === 'REPLICA' &&
    (first === undefined || (first.type === 'spread' && first.field === 'attribute:ecs.availability-zone'))
  );
}

/** The setting in force: a service that never had one counts as DISABLED (§5.8). */
export function availabilityZoneRebalancingOf(
  service: Pick<Service, 'availabilityZoneRebalancing'>,
): 'ENABLED' | 'DISABLED' {
  return service.availabilityZoneRebalancing ?? 'DISABLED';
}

/**
 * 1 while the task a rebalancing started is live and waiting to become healthy: the REPLICA pass
 * keeps it beyond the desired count instead of scaling it in.
 */
export function rebalanceSurplus(
  service: Pick<Service, 'rebalancing'>,
  primaryLive: readonly Task[],
): number {
  const id = service.rebalancing?.taskId ?? null;
  return id !== null && primaryLive.some((t) => t.id === id) ? 1 : 0;
}

function setRebalancing(world: World, service: Service, value: Service['rebalancing']): void {
  updateServiceState(world, service, (s) => ({ ...s, rebalancing: value }));
}

function eligible(service: Service, primary: Deployment, world: World): boolean {
  return (
    service.status === 'ACTIVE' &&
    service.schedulingStrategy === 'REPLICA' &&
    availabilityZoneRebalancingOf(service) === 'ENABLED' &&
    service.deployments.length === 1 &&
    primary.rolloutState === 'COMPLETED' &&
    world.now >= service.retryAt
  );
}

/** One of the fullest zone's tasks, chosen as a scale-in would (§4.2). */
function pickVictim(world: World, service: Service, tasks: readonly Task[]): Task | undefined {
  if (tasks.length <= 1) return tasks[0];
  const candidates = candidatesFor(world, service.cluster, serviceGroup(service));
  const pick = chooseTasksToStop(tasks, candidates, service.placementStrategy, 1, world.rng);
  world.rng = pick.rng;
  return tasks.find((t) => t.id === pick.stop[0]) ?? tasks[0];
}

function stopIn(
  world: World,
  service: Service,
  primary: Deployment,
  az: string,
  tasks: readonly Task[],
): Task | null {
  const victim = pickVictim(
    world,
    service,
    tasks.filter((t) => t.az === az),
  );
  if (victim === undefined) return null;
  postServiceEvent(
    world,
    service,
    serviceMessages.rebalanceStoppedTasks(service.name, az, [victim]),
    'service-tasks-stopped',
  );
  // AWS does not document the stopped reason of a rebalanced task: the scheduler's usual one (unconfirmed).
  requestStop(
    world,
    world.tasks.find((t) => t.id === victim.id) ?? victim,
    'ServiceSchedulerInitiated',
    scalingReason(primary.id),
  );
  return victim;
}

function startIn(
  world: World,
  service: Service,
  primary: Deployment,
  def: TaskDefinition,
  az: string,
  live: readonly Task[],
): Task | null {
  const result = startServiceTasks(world, service, primary, def, 1, live, az);
  const task = result.started[0];
  if (task !== undefined)
    postServiceEvent(
      world,
      service,
      serviceMessages.rebalanceStartedTasks(service.name, az, result.started),
      'service-tasks-started',
    );
  if (result.problem !== null) postProblem(world, service, result.problem, 'service-task-placement-failed');
  return task ?? null;
}

function complete(world: World, service: Service, balance: Balance): void {
  postServiceEvent(
    world,
    service,
    serviceMessages.rebalancingCompleted(service.name, balance.zones),
    'service-rebalancing-completed',
    'success',
  );
  setRebalancing(world, service, null);
}

/**
 * One rebalancing step for a service, after the REPLICA pass. `live` are its tasks not STOPPED and
 * desired RUNNING (including any started in this pass).
 */
export function rebalanceAvailabilityZones(
  world: World,
  service: Service,
  primary: Deployment,
  def: TaskDefinition | undefined,
  live: readonly Task[],
  draining: ReadonlySet<string>,
  targets: TargetIndex,
): void {
  const progress = service.rebalancing ?? null;
  const onDraining = live.some((t) => t.containerInstanceId !== null && draining.has(t.containerInstanceId));
  if (!eligible(service, primary, world) || def === undefined || onDraining) {
    if (progress !== null) setRebalancing(world, service, null);
    return;
  }
  const healthy = (t: Task): boolean =>
    t.deploymentId === primary.id && verdictOf(service, t, targets).kind === 'healthy';
  const desired = service.desiredCount;
  const inFlightId = progress?.taskId ?? null;
  const inFlight = inFlightId === null ? undefined : live.find((t) => t.id === inFlightId);
  // The task it started stopped before it was healthy: the next step starts over.
  if (inFlightId !== null && inFlight === undefined) setRebalancing(world, service, { taskId: null });
  if (inFlight !== undefined) {
    if (!healthy(inFlight)) return;
    const others = live.filter((t) => t.id !== inFlight.id);
    const balance = assessBalance(world, service, def, live);
    setRebalancing(world, service, { taskId: null });
    if (live.length !== desired + 1 || !others.every(healthy) || balance.crowded === null) return;
    const victim = stopIn(world, service, primary, balance.crowded, others);
    const after = assessBalance(
      world,
      service,
      def,
      live.filter((t) => t.id !== victim?.id),
    );
    if (after.balanced) complete(world, service, after);
    return;
  }
  if (live.length !== desired || !live.every(healthy)) return;
  const balance = assessBalance(world, service, def, live);
  if (balance.balanced) {
    if (progress !== null) complete(world, service, balance);
    return;
  }
  const { short, crowded } = balance;
  if (short === null || crowded === null) return;
  const config = service.deploymentConfiguration;
  const startFirst = live.length + 1 <= maximumTasks(desired, config);
  const stopFirst = !startFirst && live.length - 1 >= minimumHealthyTasks(desired, config);
  if (!startFirst && !stopFirst) return;
  if (progress === null)
    postServiceEvent(
      world,
      service,
      serviceMessages.rebalancingStarted(service.name, balance.zones),
      'service-rebalancing-started',
    );
  if (startFirst) {
    const task = startIn(world, service, primary, def, short, live);
    setRebalancing(world, service, { taskId: task?.id ?? null });
    return;
  }
  const victim = stopIn(world, service, primary, crowded, live);
  startIn(
    world,
    service,
    primary,
    def,
    short,
    live.filter((t) => t.id !== victim?.id),
  );
  setRebalancing(world, service, { taskId: null });
}
