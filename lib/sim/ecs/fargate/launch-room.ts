import { serviceMessages } from '../services/service-events';
import type { Task } from '../types';
import { fargateCapacityOf, tasksWithinQuota, VCPU_LIMIT_REASON, vcpuLimitEvent } from './quotas';
import { CAPACITY_UNAVAILABLE, spotCapacityAvailable } from './spot-rules';

/**
 * How many new Fargate tasks may start now on a capacity provider (reference §6): none on
 * FARGATE_SPOT while Spot has no spare capacity; otherwise as many as the vCPU quota of that
 * capacity leaves room for. RunTask and the service scheduler both ask before creating tasks.
 */
export type FargateBlock = 'no-spot-capacity' | 'vcpu-limit';

export interface FargateRoom {
  readonly count: number;
  /** Why fewer than wanted may start, or null. */
  readonly blocked: FargateBlock | null;
}

export function fargateRoom(
  state: { readonly tasks: readonly Task[]; readonly fargateSpotAvailable?: boolean },
  capacityProvider: string | null,
  cpu: number,
  wanted: number,
): FargateRoom {
  const capacity = fargateCapacityOf(capacityProvider);
  if (capacity === 'spot' && !spotCapacityAvailable(state)) return { count: 0, blocked: 'no-spot-capacity' };
  const count = tasksWithinQuota(state.tasks, capacity, cpu, wanted);
  return { count, blocked: count < wanted ? 'vcpu-limit' : null };
}

/** RunTask's `failures[].reason` for a task that could not start. */
export function runTaskReason(block: FargateBlock): string {
  return block === 'no-spot-capacity' ? CAPACITY_UNAVAILABLE : VCPU_LIMIT_REASON;
}

/** The service event for a task that could not start (§4.4). */
export function serviceEventFor(block: FargateBlock, service: string): string {
  return block === 'no-spot-capacity' ? serviceMessages.noFargateCapacity(service) : vcpuLimitEvent(service);
}
