import { clusterNotFound, findCluster } from '../clusters';
import type { EcsCommandOf } from '../commands';
import { emit, refused, type World } from '../world';
import type { ServiceResult } from './create-service';
import { findService } from './lookup';

/**
 * DeleteService (§5.1): refused while the desired count is above 0 unless `force`
 * (`The service cannot be stopped while it is scaled above 0.` [observed, moto and real reports]).
 * The service turns DRAINING with a desired count of 0, and that is what the call returns; the
 * scheduler stops its tasks and makes it INACTIVE once none is left, at the earliest at its next
 * pass after the call (settle.ts), never within the call itself.
 */
export function deleteService(world: World, command: EcsCommandOf<'DeleteService'>): ServiceResult {
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const service = findService(world, cluster.name, command.service);
  if (service === undefined)
    return { ok: false, error: refused(world, 'ServiceNotFoundException', 'Service not found.') };
  if (service.status !== 'ACTIVE')
    return { ok: false, error: refused(world, 'ServiceNotActiveException', 'Service was not ACTIVE.') };
  if (service.desiredCount > 0 && command.force !== true)
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        'The service cannot be stopped while it is scaled above 0.',
      ),
    };
  world.services = world.services.map((s) =>
    s === service
      ? {
          ...s,
          status: 'DRAINING' as const,
          desiredCount: 0,
          deletedAt: world.now,
          rebalancing: null,
          deployments: s.deployments.map((d) => ({ ...d, desiredCount: 0 })),
        }
      : s,
  );
  world.scalableTargets = world.scalableTargets.filter(
    (t) => t.resourceId !== `service/${cluster.name}/${service.name}`,
  );
  emit(
    world,
    'service-deleted',
    'info',
    `ECS service ${service.name} is DRAINING: its tasks stop, then it becomes INACTIVE`,
  );
  return { ok: true };
}
