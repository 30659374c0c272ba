import { arn } from '../../../sim/ecs/catalog';
import type { CapacityProvider } from '../../../sim/ecs/types';

/**
 * An element of DescribeCapacityProviders' `capacityProviders[]` and CreateCapacityProvider's
 * `capacityProvider` (aws-cli example `ecs/describe-capacity-providers.rst`). FARGATE and
 * FARGATE_SPOT exist in every account and have no Auto Scaling group (reference §5.6).
 */

export const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;

export function fargateProviderJson(name: (typeof FARGATE_PROVIDERS)[number]): Record<string, unknown> {
  return { capacityProviderArn: arn('ecs', `capacity-provider/${name}`), name, status: 'ACTIVE', tags: [] };
}

export function capacityProviderJson(provider: CapacityProvider): Record<string, unknown> {
  return {
    capacityProviderArn: provider.arn,
    name: provider.name,
    status: 'ACTIVE',
    autoScalingGroupProvider: {
      autoScalingGroupArn: provider.autoScalingGroupArn,
      managedScaling: {
        status: provider.managedScaling.status,
        targetCapacity: provider.managedScaling.targetCapacity,
        minimumScalingStepSize: provider.managedScaling.minimumScalingStepSize,
        maximumScalingStepSize: provider.managedScaling.maximumScalingStepSize,
        instanceWarmupPeriod: 300,
      },
      managedTerminationProtection: provider.managedTerminationProtection,
    },
    tags: [],
  };
}
