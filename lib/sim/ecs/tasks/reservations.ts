import type { ContainerInstance, ReservedResources } from '../types';
import type { World } from '../world';

export const NOTHING_RESERVED: ReservedResources = { cpu: 0, memory: 0, ports: [], enis: 0 };

function combine(a: ReservedResources, b: ReservedResources, sign: 1 | -1): ReservedResources {
  return {
    cpu: a.cpu + sign * b.cpu,
    memory: a.memory + sign * b.memory,
    ports: sign === 1 ? [...a.ports, ...b.ports] : removePorts(a.ports, b.ports),
    enis: a.enis + sign * b.enis,
  };
}

function removePorts(from: readonly number[], ports: readonly number[]): number[] {
  const left = [...from];
  for (const port of ports) {
    const index = left.indexOf(port);
    if (index >= 0) left.splice(index, 1);
  }
  return left;
}

function update(world: World, id: string, change: (ci: ContainerInstance) => ContainerInstance): void {
  const index = world.containerInstances.findIndex((ci) => ci.id === id);
  const current = world.containerInstances[index];
  if (current !== undefined) world.containerInstances[index] = change(current);
}

/** A task placed on an instance takes its CPU, memory, static ports and ENI (§1.3: remaining = registered − reserved). */
export function reserveOn(world: World, containerInstanceId: string, reserved: ReservedResources): void {
  update(world, containerInstanceId, (ci) => ({ ...ci, reserved: combine(ci.reserved, reserved, 1) }));
}

/** A STOPPED task gives them back. */
export function releaseFrom(world: World, containerInstanceId: string, reserved: ReservedResources): void {
  update(world, containerInstanceId, (ci) => ({ ...ci, reserved: combine(ci.reserved, reserved, -1) }));
}

/** Remaining = registered − reserved, as DescribeContainerInstances reports it. */
export function remainingResources(ci: ContainerInstance): { cpu: number; memory: number; ports: number[]; enis: number } {
  return {
    cpu: ci.registered.cpu - ci.reserved.cpu,
    memory: ci.registered.memory - ci.reserved.memory,
    ports: [...ci.registered.ports, ...ci.reserved.ports],
    enis: ci.registered.enis - ci.reserved.enis,
  };
}
