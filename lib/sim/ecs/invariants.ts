import { FARGATE_VCPU_QUOTAS, fargateCpuInUse } from './fargate/quotas';
import { isValidFargateSize } from './taskdef';
import type { EcsState } from './types';

/**
 * Rules that hold in every reachable state (property tests check them after every step):
 * reservations match the tasks that hold them, remaining resources are never negative, nothing
 * runs on an INACTIVE instance, STOPPED tasks are desired STOPPED, only valid Fargate sizes run, and
 * Fargate tasks stay within the account's vCPU quotas (§6).
 */
export function checkEcsInvariants(state: EcsState): string[] {
  const problems: string[] = [];
  const expected = new Map<string, { cpu: number; memory: number; enis: number; ports: number[] }>();
  for (const task of state.tasks) {
    if (task.lastStatus === 'STOPPED') {
      if (task.desiredStatus !== 'STOPPED') problems.push(`task ${task.id} is STOPPED but desired ${task.desiredStatus}`);
      continue;
    }
    if (task.containerInstanceId === null) continue;
    const sum = expected.get(task.containerInstanceId) ?? { cpu: 0, memory: 0, enis: 0, ports: [] };
    sum.cpu += task.reserved.cpu;
    sum.memory += task.reserved.memory;
    sum.enis += task.reserved.enis;
    sum.ports.push(...task.reserved.ports);
    expected.set(task.containerInstanceId, sum);
  }
  for (const ci of state.containerInstances) {
    const sum = expected.get(ci.id) ?? { cpu: 0, memory: 0, enis: 0, ports: [] };
    const same =
      sum.cpu === ci.reserved.cpu &&
      sum.memory === ci.reserved.memory &&
      sum.enis === ci.reserved.enis &&
      [...sum.ports].sort().join() === [...ci.reserved.ports].sort().join();
    if (!same) problems.push(`container instance ${ci.id} reserves ${JSON.stringify(ci.reserved)} but its tasks hold ${JSON.stringify(sum)}`);
    if (ci.reserved.cpu > ci.registered.cpu || ci.reserved.memory > ci.registered.memory || ci.reserved.enis > ci.registered.enis)
      problems.push(`container instance ${ci.id} has negative remaining resources`);
    if (new Set(ci.reserved.ports).size !== ci.reserved.ports.length) problems.push(`container instance ${ci.id} has a host port reserved twice`);
    if (ci.status === 'INACTIVE' && expected.has(ci.id)) problems.push(`INACTIVE container instance ${ci.id} still has tasks`);
  }
  for (const task of state.tasks) {
    if (task.launchType === 'FARGATE' && !isValidFargateSize(task.cpu, task.memory))
      problems.push(`Fargate task ${task.id} runs with ${task.cpu} CPU units and ${task.memory} MiB, not a valid Fargate size (§2.3)`);
    if (task.containerInstanceId !== null && !state.containerInstances.some((ci) => ci.id === task.containerInstanceId) && task.lastStatus !== 'STOPPED')
      problems.push(`task ${task.id} is on unknown container instance ${task.containerInstanceId}`);
  }
  for (const capacity of ['onDemand', 'spot'] as const) {
    const units = fargateCpuInUse(state.tasks, capacity);
    if (units > FARGATE_VCPU_QUOTAS[capacity] * 1024)
      problems.push(`Fargate ${capacity} tasks hold ${units / 1024} vCPUs, over the quota of ${FARGATE_VCPU_QUOTAS[capacity]}`);
  }
  return problems;
}
