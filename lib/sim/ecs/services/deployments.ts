import { deploymentId } from '../ids';
import type { Deployment, Service } from '../types';
import type { World } from '../world';
import { updateServiceState } from './lookup';
import { postServiceEvent, serviceMessages } from './service-events';

/**
 * Service deployments (§5.3): CreateService starts the first; a new task definition or
 * `forceNewDeployment` starts another, which becomes PRIMARY while the previous ones turn ACTIVE
 * and are scaled down as the new one comes up. `rolloutStateReason` uses the texts ECS reports
 * (`ECS deployment ecs-svc/… in progress.` / `… completed.`, observed in describe-services output).
 */
export function newDeployment(
  world: World,
  taskDefinitionArn: string,
  desiredCount: number,
  reason?: string,
): Deployment {
  const id = deploymentId(world);
  return {
    id,
    status: 'PRIMARY',
    taskDefinitionArn,
    desiredCount,
    createdAt: world.now,
    updatedAt: world.now,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: reason ?? `ECS deployment ${id} in progress.`,
    reachedRunning: false,
  };
}

/** A Fargate deployment records the platform version it asked for (§6); EC2 ones have none. */
export function withPlatform(deployment: Deployment, platformVersion: string | null | undefined): Deployment {
  return platformVersion === null || platformVersion === undefined
    ? deployment
    : { ...deployment, platformVersion };
}

/** Puts `deployment` in front as PRIMARY; the previous PRIMARY becomes ACTIVE. */
export function withNewDeployment(service: Service, deployment: Deployment, now: number): Service {
  const previous = service.deployments.map((d) =>
    d.status === 'PRIMARY' ? { ...d, status: 'ACTIVE' as const, updatedAt: now } : d,
  );
  return {
    ...service,
    taskDefinitionArn: deployment.taskDefinitionArn,
    deployments: [deployment, ...previous],
  };
}

/** Changes one deployment of the service in place. */
export function updateDeployment(
  world: World,
  service: Pick<Service, 'arn'>,
  id: string,
  change: (d: Deployment) => Deployment,
): void {
  updateServiceState(world, service, (s) => ({
    ...s,
    deployments: s.deployments.map((d) => (d.id === id ? change(d) : d)),
  }));
}

/**
 * The PRIMARY deployment runs the desired count and every older task is gone: it is COMPLETED,
 * the older deployments leave the list, and ECS posts the completion event (§5.2).
 */
export function completeDeployment(world: World, service: Service, primary: Deployment): void {
  updateServiceState(world, service, (s) => ({
    ...s,
    deployments: s.deployments
      .filter((d) => d.status === 'PRIMARY')
      .map((d) => ({
        ...d,
        rolloutState: 'COMPLETED' as const,
        rolloutStateReason: `ECS deployment ${d.id} completed.`,
        updatedAt: world.now,
      })),
  }));
  postServiceEvent(
    world,
    service,
    serviceMessages.deploymentCompleted(service.name, primary.id),
    'service-deployment-completed',
    'success',
  );
}
