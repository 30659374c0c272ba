import type { Cluster, EcsState } from '../../../sim/ecs/types';

/**
 * An element of `clusters[]` (DescribeClusters) and the `cluster` of CreateCluster, DeleteCluster
 * and PutClusterCapacityProviders, keys in the order the CLI prints them (aws-cli examples
 * `ecs/create-cluster.rst`, `ecs/describe-clusters.rst`).
 */

const PENDING = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

export function clusterCounts(cluster: Pick<Cluster, 'name'>, state: EcsState) {
  const tasks = state.tasks.filter((task) => task.cluster === cluster.name);
  return {
    registeredContainerInstancesCount: state.containerInstances.filter(
      (ci) => ci.cluster === cluster.name && ci.status !== 'INACTIVE',
    ).length,
    runningTasksCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((task) => PENDING.has(task.lastStatus)).length,
    activeServicesCount: state.services.filter(
      (service) => service.cluster === cluster.name && service.status === 'ACTIVE',
    ).length,
  };
}

export function clusterJson(cluster: Cluster, state: EcsState): Record<string, unknown> {
  return {
    clusterArn: cluster.arn,
    clusterName: cluster.name,
    status: cluster.status,
    ...clusterCounts(cluster, state),
    statistics: [],
    tags: [],
    settings: [{ name: 'containerInsights', value: 'disabled' }],
    capacityProviders: [...cluster.capacityProviders],
    defaultCapacityProviderStrategy: cluster.defaultCapacityProviderStrategy.map((item) => ({
      capacityProvider: item.capacityProvider,
      weight: item.weight,
      base: item.base,
    })),
  };
}
