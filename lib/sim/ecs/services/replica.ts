import { candidatesFor, chooseTasksToStop } from '../placement';
import type { Deployment, Service, Task, TaskDefinition } from '../types';
import type { World } from '../world';
import { maximumTasks, minimumHealthyTasks } from './bounds';
import { verdictOf, type TargetIndex } from './health';
import { rebalanceSurplus } from './rebalance';
import { clearProblem, postProblem, postServiceEvent, serviceMessages } from './service-events';
import { serviceGroup, startServiceTasks } from './start-tasks';
import { drainingReason, scalingReason, stopServiceTasks } from './stop-tasks';

/**
 * The REPLICA scheduler's pass over one service (§5.1, §5.3, §5.9). `live` are its tasks that are
 * not STOPPED and desired RUNNING; failed tasks were already replaced.
 *
 * - PENDING tasks on DRAINING instances stop at once; RUNNING ones are replaced like the tasks of
 *   an older deployment ("doomed").
 * - The PRIMARY deployment scales in to the desired count (placement strategy order, §4.2).
 * - Doomed tasks that are not healthy stop freely; healthy ones only while at least
 *   ceil(desired × min%) healthy tasks remain.
 * - New tasks start while RUNNING + PENDING stay within floor(desired × max%), unless the
 *   deployment FAILED or the throttle holds the service back.
 * - When neither bound leaves room and nothing is in flight, the deployment-configuration event.
 */
export function reconcileReplica(
  world: World,
  service: Service,
  primary: Deployment,
  def: TaskDefinition | undefined,
  live: readonly Task[],
  draining: ReadonlySet<string>,
  targets: TargetIndex,
): void {
  const onDraining = (t: Task): boolean =>
    t.containerInstanceId !== null && draining.has(t.containerInstanceId);
  const drainNow: Task[] = [];
  const doomed: Task[] = [];
  let primaryLive: Task[] = [];
  for (const task of live) {
    if (onDraining(task)) (task.lastStatus === 'RUNNING' ? doomed : drainNow).push(task);
    else (task.deploymentId === primary.id ? primaryLive : doomed).push(task);
  }
  const desired = service.desiredCount;
  // An AZ rebalancing keeps the task it started beyond the desired count until it is healthy (§5.8).
  const wanted = desired + rebalanceSurplus(service, primaryLive);
  // The steady case: nothing to stop, nothing to start.
  if (drainNow.length === 0 && doomed.length === 0 && primaryLive.length === wanted) {
    clearProblem(world, service);
    return;
  }
  stopServiceTasks(world, service, drainNow, () => drainingReason(service.name));

  const excess = primaryLive.length - wanted;
  if (excess > 0) {
    const scaleIn = chooseScaleIn(world, service, primaryLive, excess);
    stopServiceTasks(world, service, scaleIn, () => scalingReason(primary.id));
    const gone = new Set(scaleIn.map((t) => t.id));
    primaryLive = primaryLive.filter((t) => !gone.has(t.id));
  }

  const config = service.deploymentConfiguration;
  const remaining = [...primaryLive, ...doomed];
  const healthy = new Set(
    remaining.filter((t) => verdictOf(service, t, targets).kind === 'healthy').map((t) => t.id),
  );
  const freeToStop = doomed.filter((t) => !healthy.has(t.id));
  let canStop = healthy.size - minimumHealthyTasks(desired, config);
  const doomedHealthy = doomed.filter((t) => healthy.has(t.id));
  const stopping = [...freeToStop];
  if (canStop > 0 && doomedHealthy.length > 0) {
    const candidates = candidatesFor(world, service.cluster, serviceGroup(service));
    const count = Math.min(canStop, doomedHealthy.length);
    const pick = chooseTasksToStop(doomedHealthy, candidates, service.placementStrategy, count, world.rng);
    world.rng = pick.rng;
    const ids = new Set(pick.stop);
    stopping.push(...doomedHealthy.filter((t) => ids.has(t.id)));
    canStop -= ids.size;
  }
  stopServiceTasks(world, service, stopping, (t) =>
    onDraining(t) ? drainingReason(service.name) : scalingReason(primary.id),
  );
  const stopped = new Set(stopping.map((t) => t.id));
  const left = remaining.filter((t) => !stopped.has(t.id));

  const need = wanted - primaryLive.length;
  if (need <= 0) {
    clearProblem(world, service);
    return;
  }
  if (primary.rolloutState === 'FAILED' || world.now < service.retryAt || def === undefined) return;
  const room = maximumTasks(desired, config) - left.length;
  if (room <= 0) {
    const inFlight = left.some((t) => !healthy.has(t.id));
    if (!inFlight && stopping.length === 0 && canStop <= 0)
      postProblem(
        world,
        service,
        serviceMessages.deploymentConfiguration(service.name),
        'service-deployment-blocked',
      );
    return;
  }
  const result = startServiceTasks(world, service, primary, def, Math.min(need, room), left);
  if (result.started.length > 0)
    postServiceEvent(
      world,
      service,
      serviceMessages.started(service.name, result.started),
      'service-tasks-started',
    );
  if (result.problem !== null) postProblem(world, service, result.problem, 'service-task-placement-failed');
  else clearProblem(world, service);
}

/** Scale-in (§4.2): tasks not yet RUNNING first (newest first), then by the placement strategies. */
function chooseScaleIn(world: World, service: Service, primaryLive: readonly Task[], excess: number): Task[] {
  const notRunning = primaryLive
    .filter((t) => t.lastStatus !== 'RUNNING')
    .reverse()
    .slice(0, excess);
  const more = excess - notRunning.length;
  if (more <= 0) return notRunning;
  const running = primaryLive.filter((t) => t.lastStatus === 'RUNNING');
  const candidates = candidatesFor(world, service.cluster, serviceGroup(service));
  const pick = chooseTasksToStop(running, candidates, service.placementStrategy, more, world.rng);
  world.rng = pick.rng;
  const ids = new Set(pick.stop);
  return [...notRunning, ...running.filter((t) => ids.has(t.id))];
}
