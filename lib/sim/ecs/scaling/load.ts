import type { CommandError } from '../../core/types';
import { clusterNotFound, findCluster } from '../clusters';
import type { EcsCommandOf } from '../commands';
import { findService } from '../services/lookup';
import { emit, refused, type World } from '../world';

/**
 * Dockyard's `load` command (not an AWS API): the requests per second sent to a service, which its
 * CPU utilisation follows (cpu-metric.ts) and target tracking reacts to (§5.7).
 */
export function setLoad(
  world: World,
  command: EcsCommandOf<'SetLoad'>,
): { ok: true } | { ok: false; error: CommandError } {
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const service = findService(world, cluster.name, command.service);
  if (service === undefined || service.status !== 'ACTIVE')
    return { ok: false, error: refused(world, 'ServiceNotFoundException', 'Service not found.') };
  world.services = world.services.map((s) => (s === service ? { ...s, loadRps: command.rps } : s));
  emit(
    world,
    'load-changed',
    'info',
    `Dockyard: service ${service.name} now receives ${command.rps.toLocaleString('en-US')} requests per second`,
  );
  return { ok: true };
}
