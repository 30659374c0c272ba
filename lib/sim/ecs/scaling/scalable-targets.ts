import type { CommandError } from '../../core/types';
import type { EcsCommandOf } from '../commands';
import type { ScalableTarget, Service } from '../types';
import { emit, refused, type World } from '../world';

/**
 * Application Auto Scaling for ECS services (§5.7): a scalable target on `ecs:service:DesiredCount`
 * of `service/CLUSTER/SERVICE`, and one target tracking policy on ECSServiceAverageCPUUtilization.
 * `No scalable target registered for service namespace: …` follows the format observed in real CLI
 * output; the other wordings were not found in a primary source (unconfirmed).
 */
type Result = { ok: true } | { ok: false; error: CommandError };

const RESOURCE_ID = /^service\/([^/]+)\/([^/]+)$/;

/** The ACTIVE service a `service/CLUSTER/SERVICE` resource id names, if any. */
export function serviceOfResource(world: Pick<World, 'services'>, resourceId: string): Service | undefined {
  const match = RESOURCE_ID.exec(resourceId);
  if (match === null) return undefined;
  return world.services.find((s) => s.cluster === match[1] && s.name === match[2] && s.status === 'ACTIVE');
}

/** Sets a service's desired count as a scaling activity would (the PRIMARY deployment follows). */
export function setServiceDesiredCount(world: World, service: Service, desiredCount: number): void {
  world.services = world.services.map((s) =>
    s === service
      ? {
          ...s,
          desiredCount,
          deployments: s.deployments.map((d) => (d.status === 'PRIMARY' ? { ...d, desiredCount } : d)),
        }
      : s,
  );
}

export function registerScalableTarget(
  world: World,
  command: EcsCommandOf<'RegisterScalableTarget'>,
): Result {
  const fail = (code: string, message: string): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  if (!RESOURCE_ID.test(command.resourceId))
    return fail(
      'ValidationException',
      `Unsupported resource ID format: ${command.resourceId}. Expected service/CLUSTER/SERVICE.`,
    );
  const service = serviceOfResource(world, command.resourceId);
  if (service === undefined)
    return fail('ValidationException', `ECS service doesn't exist: ${command.resourceId}`);
  if (command.minCapacity < 0 || command.maxCapacity < 0)
    return fail('ValidationException', 'Minimum and maximum capacity must be zero or greater.');
  if (command.minCapacity > command.maxCapacity)
    return fail('ValidationException', 'Minimum capacity cannot be greater than maximum capacity');
  const existing = world.scalableTargets.find((t) => t.resourceId === command.resourceId);
  const target: ScalableTarget = {
    resourceId: command.resourceId,
    minCapacity: command.minCapacity,
    maxCapacity: command.maxCapacity,
    policy: existing?.policy ?? null,
    lastScaleAt: existing?.lastScaleAt ?? null,
  };
  world.scalableTargets = [...world.scalableTargets.filter((t) => t !== existing), target];
  emit(
    world,
    'scalable-target-registered',
    'info',
    `Application Auto Scaling: ${command.resourceId} scales between ${command.minCapacity} and ${command.maxCapacity} tasks`,
  );
  // A desired count outside the new bounds is brought inside them at once.
  const bounded = Math.min(command.maxCapacity, Math.max(command.minCapacity, service.desiredCount));
  if (bounded !== service.desiredCount) {
    setServiceDesiredCount(world, service, bounded);
    emit(
      world,
      'scaling-activity',
      'info',
      `Application Auto Scaling: Setting desired count to ${bounded}. (the scalable target's capacity bounds changed)`,
    );
  }
  return { ok: true };
}

export function putScalingPolicy(world: World, command: EcsCommandOf<'PutScalingPolicy'>): Result {
  const fail = (code: string, message: string): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  const target = world.scalableTargets.find((t) => t.resourceId === command.resourceId);
  if (target === undefined)
    return fail(
      'ObjectNotFoundException',
      `No scalable target registered for service namespace: ecs, resource ID: ${command.resourceId}, scalable dimension: ecs:service:DesiredCount`,
    );
  if (command.metric !== 'ECSServiceAverageCPUUtilization')
    return fail(
      'ValidationException',
      `Dockyard simulates only the predefined metric ECSServiceAverageCPUUtilization, not ${command.metric}.`,
    );
  if (!(command.targetValue > 0) || command.targetValue > 100)
    return fail(
      'ValidationException',
      'The target value for ECSServiceAverageCPUUtilization must be greater than 0 and at most 100.',
    );
  if (command.scaleInCooldown < 0 || command.scaleOutCooldown < 0)
    return fail('ValidationException', 'Cooldown periods must be zero or greater.');
  const policy = {
    name: command.policyName,
    targetValue: command.targetValue,
    metric: 'ECSServiceAverageCPUUtilization' as const,
    scaleOutCooldown: command.scaleOutCooldown,
    scaleInCooldown: command.scaleInCooldown,
  };
  world.scalableTargets = world.scalableTargets.map((t) => (t === target ? { ...t, policy } : t));
  emit(
    world,
    'scaling-policy-put',
    'info',
    `Application Auto Scaling: policy ${policy.name} keeps ${command.resourceId} CPU near ${policy.targetValue}% (out after 3 minutes above, in after 15 minutes below ${Math.round(policy.targetValue * 0.9 * 10) / 10}%)`,
  );
  return { ok: true };
}
