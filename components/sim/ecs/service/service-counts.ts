import { serviceJson } from '@/lib/cli/ecs/format/service-json';
import type { EcsState, Service } from '@/lib/sim/ecs/types';

export interface DeploymentCounts {
  readonly id: string;
  readonly desired: number;
  readonly pending: number;
  readonly running: number;
  readonly failedTasks: number;
}

export interface ServiceCounts {
  readonly desired: number;
  readonly running: number;
  readonly pending: number;
  readonly deployments: readonly DeploymentCounts[];
}

function numberAt(json: Record<string, unknown>, key: string): number {
  const value = json[key];
  return typeof value === 'number' ? value : 0;
}

/**
 * The counts exactly as `aws ecs describe-services` prints them: read from the CLI's own formatter,
 * so the panel and the console can never disagree about what "running" or "pending" means.
 */
export function serviceCounts(service: Service, state: EcsState): ServiceCounts {
  const json = serviceJson(service, state);
  const deployments = Array.isArray(json.deployments) ? (json.deployments as Record<string, unknown>[]) : [];
  return {
    desired: numberAt(json, 'desiredCount'),
    running: numberAt(json, 'runningCount'),
    pending: numberAt(json, 'pendingCount'),
    deployments: deployments.map((deployment) => ({
      id: typeof deployment.id === 'string' ? deployment.id : '',
      desired: numberAt(deployment, 'desiredCount'),
      pending: numberAt(deployment, 'pendingCount'),
      running: numberAt(deployment, 'runningCount'),
      failedTasks: numberAt(deployment, 'failedTasks'),
    })),
  };
}

/** The services a cluster's panels show: ACTIVE and DRAINING ones, in creation order. */
export function visibleServices(services: readonly Service[], cluster: string): Service[] {
  return services.filter((service) => service.cluster === cluster && service.status !== 'INACTIVE');
}
