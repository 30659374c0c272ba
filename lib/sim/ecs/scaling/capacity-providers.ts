import type { CommandError } from '../../core/types';
import { arn } from '../catalog';
import { clusterNotFound, findCluster } from '../clusters';
import type { EcsCommandOf } from '../commands';
import type { CapacityProvider } from '../types';
import { emit, refused, type World } from '../world';
import { findAutoScalingGroup } from './auto-scaling-groups';
import { capacityProviderStrategyProblem } from './strategy';

/**
 * Capacity providers (§5.6): an Auto Scaling group provider with managed scaling (target capacity
 * 1–100 %, step sizes) and managed termination protection; FARGATE and FARGATE_SPOT exist for
 * every account and are only attached to clusters. `The specified capacity provider does not
 * exist. Specify a valid name or ARN and try again.` and the strategy/association sentence are
 * ECS's [observed]; the other wordings were not found in a primary source (unconfirmed).
 */
type Result = { ok: true } | { ok: false; error: CommandError };

export const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;

export const MANAGED_TERMINATION_PROTECTION_NEEDS_SCALE_IN_PROTECTION =
  'The managed termination protection setting for the capacity provider is invalid. To enable managed termination protection for a capacity provider, the Auto Scaling group must have instance protection from scale in enabled.';

function nameOf(ref: string): string {
  return ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
}

export function createCapacityProvider(
  world: World,
  command: EcsCommandOf<'CreateCapacityProvider'>,
): Result {
  const fail = (message: string, code = 'ClientException'): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  if (/^(aws|ecs|fargate)/i.test(command.name))
    return fail(
      "The capacity provider name cannot begin with 'aws', 'ecs', or 'fargate'.",
      'InvalidParameterException',
    );
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(command.name))
    return fail(
      'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.',
      'InvalidParameterException',
    );
  if (world.capacityProviders.some((p) => p.name === command.name))
    return fail(
      'The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.',
    );
  const group = findAutoScalingGroup(world, command.autoScalingGroupArn);
  if (group === undefined)
    return fail(
      'The specified Auto Scaling group ARN is invalid. Specify a valid Auto Scaling group ARN and try again.',
    );
  if (world.capacityProviders.some((p) => p.autoScalingGroupArn === group.arn))
    return fail(
      'The specified Auto Scaling group is already in use by another capacity provider. Specify a different Auto Scaling group and try again.',
    );
  if (command.targetCapacity < 1 || command.targetCapacity > 100)
    return fail(
      'The target capacity for managed scaling must be between 1 and 100.',
      'InvalidParameterException',
    );
  if (
    command.minimumScalingStepSize < 1 ||
    command.maximumScalingStepSize < command.minimumScalingStepSize ||
    command.maximumScalingStepSize > 10000
  )
    return fail(
      'The managed scaling step sizes must satisfy 1 <= minimumScalingStepSize <= maximumScalingStepSize <= 10000.',
      'InvalidParameterException',
    );
  if (command.managedTerminationProtection === 'ENABLED' && command.managedScalingStatus !== 'ENABLED')
    return fail(
      'Managed termination protection requires managed scaling to be enabled for the capacity provider.',
      'InvalidParameterException',
    );
  // §5.6: the group must protect new instances from scale-in (AWS's managed-termination-protection
  // page: "You must turn on Auto Scaling instance scale-in protection on the Auto Scaling group").
  // Text observed in aws/containers-roadmap#653 and ansible/ansible#68625; the error code is unconfirmed.
  if (command.managedTerminationProtection === 'ENABLED' && !group.newInstancesProtectedFromScaleIn)
    return fail(MANAGED_TERMINATION_PROTECTION_NEEDS_SCALE_IN_PROTECTION);
  const provider: CapacityProvider = {
    name: command.name,
    arn: arn('ecs', `capacity-provider/${command.name}`),
    autoScalingGroupArn: group.arn,
    managedScaling: {
      status: command.managedScalingStatus,
      targetCapacity: command.targetCapacity,
      minimumScalingStepSize: command.minimumScalingStepSize,
      maximumScalingStepSize: command.maximumScalingStepSize,
    },
    managedTerminationProtection: command.managedTerminationProtection,
  };
  world.capacityProviders.push(provider);
  emit(
    world,
    'capacity-provider-created',
    'info',
    `ECS capacity provider ${provider.name} created for Auto Scaling group ${group.name} (managed scaling ${provider.managedScaling.status}, target capacity ${provider.managedScaling.targetCapacity}%)`,
  );
  return { ok: true };
}

export function putClusterCapacityProviders(
  world: World,
  command: EcsCommandOf<'PutClusterCapacityProviders'>,
): Result {
  const fail = (message: string, code = 'InvalidParameterException'): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const names = command.capacityProviders.map(nameOf);
  for (const name of names) {
    if ((FARGATE_PROVIDERS as readonly string[]).includes(name)) continue;
    if (!world.capacityProviders.some((p) => p.name === name))
      return fail(
        'The specified capacity provider does not exist. Specify a valid name or ARN and try again.',
      );
    const elsewhere = world.clusters.find(
      (c) => c.name !== cluster.name && c.status === 'ACTIVE' && c.capacityProviders.includes(name),
    );
    if (elsewhere !== undefined)
      return fail(
        `The specified capacity provider ${name} is already associated with cluster ${elsewhere.name}. A capacity provider can be associated with only one cluster.`,
      );
  }
  const strategy = command.defaultCapacityProviderStrategy.map((item) => ({
    ...item,
    capacityProvider: nameOf(item.capacityProvider),
  }));
  if (strategy.some((item) => !names.includes(item.capacityProvider)))
    return fail(
      'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
    );
  const strategyProblem = capacityProviderStrategyProblem(strategy);
  if (strategyProblem !== null) return fail(strategyProblem);
  const removed = cluster.capacityProviders.filter((name) => !names.includes(name));
  const inUse = removed.find(
    (name) =>
      world.services.some(
        (s) =>
          s.cluster === cluster.name &&
          s.status !== 'INACTIVE' &&
          s.capacityProviderStrategy.some((i) => i.capacityProvider === name),
      ) ||
      world.tasks.some(
        (t) => t.cluster === cluster.name && t.capacityProvider === name && t.lastStatus !== 'STOPPED',
      ),
  );
  if (inUse !== undefined)
    return fail(
      `The specified capacity provider ${inUse} is in use and cannot be removed.`,
      'ResourceInUseException',
    );
  world.clusters = world.clusters.map((c) =>
    c === cluster ? { ...c, capacityProviders: names, defaultCapacityProviderStrategy: strategy } : c,
  );
  emit(
    world,
    'cluster-capacity-providers',
    'info',
    `ECS cluster ${cluster.name}: capacity providers [${names.join(', ')}], default strategy ${strategy.length === 0 ? 'none' : strategy.map((i) => `${i.capacityProvider} (base ${i.base}, weight ${i.weight})`).join(', ')}`,
  );
  return { ok: true };
}
