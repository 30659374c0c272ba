import type { ScalableTarget, Service } from '@/lib/sim/ecs/types';

/** Application Auto Scaling names an ECS service `service/CLUSTER/SERVICE`. */
export function scalableTargetOf(
  service: Pick<Service, 'cluster' | 'name'>,
  targets: readonly ScalableTarget[],
): ScalableTarget | null {
  const resourceId = `service/${service.cluster}/${service.name}`;
  return targets.find((target) => target.resourceId === resourceId) ?? null;
}

/** "Tasks between 2 and 10; target tracking keeps average CPU at 50% (policy cpu50)." */
export function scalingText(target: ScalableTarget): string {
  const bounds = `Tasks between ${target.minCapacity} and ${target.maxCapacity}`;
  if (target.policy === null) return `${bounds}; no scaling policy yet.`;
  return `${bounds}; target tracking keeps average CPU at ${target.policy.targetValue}% (policy ${target.policy.name}).`;
}
