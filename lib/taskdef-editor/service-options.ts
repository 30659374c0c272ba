import { DEFAULT_SECURITY_GROUP } from '../sim/ecs/catalog';
import { latestActiveRevision } from '../sim/ecs/taskdef';
import type { EcsState } from '../sim/ecs/types';
import type { CreateServiceOptions } from './create-service-command';

/**
 * The account's side of the exported create-service command: the `default` cluster (what the CLI
 * uses when --cluster is left out) unless only other clusters exist, the family's latest ACTIVE
 * revision, the default VPC's subnets and its default security group.
 */
export function serviceOptions(
  state: Pick<EcsState, 'clusters' | 'taskDefinitions' | 'subnets'>,
  family: string,
): CreateServiceOptions {
  const active = state.clusters.filter((cluster) => cluster.status === 'ACTIVE');
  const cluster = active.some((c) => c.name === 'default') ? 'default' : (active[0]?.name ?? 'default');
  return {
    cluster,
    family,
    revision: latestActiveRevision(state, family)?.revision ?? null,
    subnets: state.subnets.map((subnet) => subnet.id),
    securityGroups: [DEFAULT_SECURITY_GROUP],
  };
}
