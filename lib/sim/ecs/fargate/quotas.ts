import type { Task } from '../types';

/**
 * AWS Fargate's vCPU quotas (Service Quotas, per account and Region): "Fargate On-Demand vCPU
 * resource count" (L-3032A538) and "Fargate Spot vCPU resource count" (L-36FBB829), each 6 by
 * default: "Fargate On-Demand vCPU resource count | Each supported Region: 6 | Yes (adjustable)"
 * (https://docs.aws.amazon.com/general/latest/gr/ecs-service.html, read October 2026 as quoted in
 * a public research note; the AWS Batch API reference also says "The default for the Fargate
 * On-Demand vCPU resource count quota is 6 vCPUs"). AWS adds that new accounts "might have initial
 * lower quotas that can increase over time". The simulated account has the defaults; Dockyard
 * offers no way to raise them (Service Quotas is not simulated).
 *
 * What counts: the task size in vCPUs of every Fargate task not yet STOPPED, in any cluster (a
 * task holds its capacity until it has stopped). FARGATE_SPOT tasks count against the Spot quota,
 * every other Fargate task against the on-demand one.
 *
 * When a task would go over: the service event is the §4.4 quota form, observed word for word
 * (straight apostrophe, with the troubleshooting sentence) in flightcontrol.dev's troubleshooting
 * page and a re:Post question: `(service NAME) was unable to place a task. Reason: You've reached
 * the limit on the number of vCPUs you can run concurrently. For more information, see the
 * Troubleshooting section of the Amazon ECS Developer Guide.` RunTask reports the same reason in
 * `failures[]` (unconfirmed: no RunTask output with it was found).
 */

export const FARGATE_VCPU_QUOTAS = { onDemand: 6, spot: 6 } as const;

export type FargateCapacity = keyof typeof FARGATE_VCPU_QUOTAS;

export const VCPU_LIMIT_REASON = "You've reached the limit on the number of vCPUs you can run concurrently";

export function vcpuLimitEvent(service: string): string {
  return `(service ${service}) was unable to place a task. Reason: ${VCPU_LIMIT_REASON}. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`;
}

export function fargateCapacityOf(capacityProvider: string | null): FargateCapacity {
  return capacityProvider === 'FARGATE_SPOT' ? 'spot' : 'onDemand';
}

/** CPU units (1024 per vCPU) held by Fargate tasks of that capacity across the account. */
export function fargateCpuInUse(tasks: readonly Task[], capacity: FargateCapacity): number {
  let units = 0;
  for (const task of tasks)
    if (
      task.launchType === 'FARGATE' &&
      task.lastStatus !== 'STOPPED' &&
      fargateCapacityOf(task.capacityProvider) === capacity
    )
      units += task.cpu;
  return units;
}

/**
 * How many more tasks of `cpu` units fit under the quota of `capacity` (at most `wanted`), given
 * the tasks there are now.
 */
export function tasksWithinQuota(
  tasks: readonly Task[],
  capacity: FargateCapacity,
  cpu: number,
  wanted: number,
): number {
  const free = FARGATE_VCPU_QUOTAS[capacity] * 1024 - fargateCpuInUse(tasks, capacity);
  if (cpu <= 0) return wanted;
  return Math.max(0, Math.min(wanted, Math.floor(free / cpu)));
}
