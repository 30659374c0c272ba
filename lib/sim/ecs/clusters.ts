import type { CommandError } from '../core/types';
import { arn } from './catalog';
import type { Cluster, EcsState } from './types';
import { emit, refused, type World } from './world';

/** ARN or name → the ACTIVE cluster, or ECS's `ClusterNotFoundException`. */
export function findCluster(state: Pick<EcsState, 'clusters'>, ref: string | undefined): Cluster | undefined {
  const name = clusterName(ref);
  return state.clusters.find((c) => c.name === name && c.status === 'ACTIVE');
}

/** A call without `--cluster` uses `default` (§1.1); an ARN names its cluster after `cluster/`. */
export function clusterName(ref: string | undefined): string {
  if (ref === undefined || ref === '') return 'default';
  const match = /^arn:aws:ecs:[\w-]+:\d{12}:cluster\/(.+)$/.exec(ref);
  return match?.[1] ?? ref;
}

export function clusterNotFound(world: World): CommandError {
  return refused(world, 'ClusterNotFoundException', 'Cluster not found.');
}

const CLUSTER_NAME = /^[a-zA-Z0-9_-]{1,255}$/;

/** CreateCluster is idempotent: creating an existing ACTIVE cluster returns it unchanged. */
export function createCluster(world: World, name: string): { ok: true; cluster: Cluster } | { ok: false; error: CommandError } {
  if (!CLUSTER_NAME.test(name))
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        'Cluster name can have up to 255 characters. Valid characters are letters (uppercase and lowercase), numbers, underscores, and hyphens.',
      ),
    };
  const existing = world.clusters.find((c) => c.name === name && c.status === 'ACTIVE');
  if (existing !== undefined) return { ok: true, cluster: existing };
  const cluster: Cluster = {
    name,
    arn: arn('ecs', `cluster/${name}`),
    status: 'ACTIVE',
    createdAt: world.now,
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
  world.clusters = [...world.clusters.filter((c) => c.name !== name), cluster];
  emit(world, 'cluster-created', 'success', `ECS cluster ${name} created`);
  return { ok: true, cluster };
}

/** DeleteCluster refuses while instances are registered or services are active, as ECS does. */
export function deleteCluster(world: World, ref: string): { ok: true; cluster: Cluster } | { ok: false; error: CommandError } {
  const cluster = findCluster(world, ref);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  if (world.containerInstances.some((ci) => ci.cluster === cluster.name && ci.status !== 'INACTIVE'))
    return {
      ok: false,
      error: refused(world, 'ClusterContainsContainerInstancesException', 'The Cluster cannot be deleted while Container Instances are active or draining.'),
    };
  if (world.services.some((s) => s.cluster === cluster.name && s.status !== 'INACTIVE'))
    return {
      ok: false,
      error: refused(world, 'ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.'),
    };
  if (world.tasks.some((t) => t.cluster === cluster.name && t.lastStatus !== 'STOPPED'))
    return {
      ok: false,
      error: refused(world, 'ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.'),
    };
  const inactive: Cluster = { ...cluster, status: 'INACTIVE' };
  world.clusters = world.clusters.map((c) => (c === cluster ? inactive : c));
  emit(world, 'cluster-deleted', 'info', `ECS cluster ${cluster.name} deleted`);
  return { ok: true, cluster: inactive };
}
