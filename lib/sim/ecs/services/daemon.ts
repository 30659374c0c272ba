import { candidatesFor, daemonTargets, explainPlacement, unableToPlaceMessage } from '../placement';
import type { Deployment, Service, Task, TaskDefinition } from '../types';
import type { World } from '../world';
import { minimumHealthyTasks } from './bounds';
import { verdictOf, type TargetIndex } from './health';
import { updateServiceState } from './lookup';
import { clearProblem, postProblem, postServiceEvent, serviceMessages } from './service-events';
import { placementRequest, serviceGroup, startOnInstances } from './start-tasks';
import { drainingReason, scalingReason, stopServiceTasks } from './stop-tasks';

/**
 * The DAEMON scheduler (§5.1): one task on every ACTIVE container instance that meets the
 * constraints, none on DRAINING ones. Its desired count follows the instances. A new deployment
 * replaces each instance's task, stopping old ones within minimumHealthyPercent (0 by default) and
 * starting the new one once the old one has released the instance's resources (maximumPercent 100).
 */
export function reconcileDaemon(
  world: World,
  service: Service,
  primary: Deployment,
  def: TaskDefinition | undefined,
  live: readonly Task[],
  draining: ReadonlySet<string>,
  targets: TargetIndex,
): void {
  const leaving = live.filter((t) => t.containerInstanceId !== null && draining.has(t.containerInstanceId));
  stopServiceTasks(world, service, leaving, () => drainingReason(service.name));
  const remaining = live.filter((t) => !leaving.includes(t));
  if (def === undefined) return;
  const request = placementRequest(service, def, 1);
  const plan = daemonTargets(candidatesFor(world, service.cluster, serviceGroup(service)), request);
  const desired = remaining.length + plan.targets.length + plan.blocked.length;
  if (desired !== service.desiredCount)
    updateServiceState(world, service, (s) => ({
      ...s,
      desiredCount: desired,
      deployments: s.deployments.map((d) => (d.status === 'PRIMARY' ? { ...d, desiredCount: desired } : d)),
    }));

  const old = remaining.filter((t) => t.deploymentId !== primary.id);
  const healthy = remaining.filter((t) => verdictOf(service, t, targets).kind === 'healthy');
  const canStop = healthy.length - minimumHealthyTasks(desired, service.deploymentConfiguration);
  const replace = [
    ...old.filter((t) => !healthy.includes(t)),
    ...old.filter((t) => healthy.includes(t)).slice(0, Math.max(0, canStop)),
  ];
  stopServiceTasks(world, service, replace, () => scalingReason(primary.id));

  if (primary.rolloutState === 'FAILED' || world.now < service.retryAt) return;
  const started = startOnInstances(world, service, primary, def, plan.targets);
  if (started.length > 0)
    postServiceEvent(world, service, serviceMessages.started(service.name, started), 'service-tasks-started');
  // An instance whose old task is still stopping is not blocked: its resources come back soon.
  const stillStopping = (id: string): boolean =>
    world.tasks.some(
      (t) =>
        t.containerInstanceId === id &&
        t.serviceName === service.name &&
        t.cluster === service.cluster &&
        t.lastStatus !== 'STOPPED',
    );
  const blocked = plan.blocked.find((b) => !stillStopping(b.containerInstanceId));
  if (blocked === undefined) {
    clearProblem(world, service);
    return;
  }
  const candidate = candidatesFor(world, service.cluster, serviceGroup(service)).filter(
    (c) => c.instance.id === blocked.containerInstanceId,
  );
  const message = unableToPlaceMessage(service.name, explainPlacement(candidate, request));
  if (message !== null) postProblem(world, service, message, 'service-task-placement-failed');
}
