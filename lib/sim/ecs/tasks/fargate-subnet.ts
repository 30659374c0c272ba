import type { Subnet } from '../types';
import type { World } from '../world';

/** Fargate spreads a group's tasks across the given subnets' Availability Zones (§4.1), skipping AZs that are down. */
export function fargateSubnet(world: World, subnets: readonly Subnet[], group: string): Subnet | null {
  const open = subnets.filter((s) => s.available);
  if (open.length === 0) return null;
  const counts = groupTasksPerAz(world, group);
  const count = (az: string): number => counts.get(az) ?? 0;
  const chosen = open.reduce((best, subnet) => (count(subnet.az) < count(best.az) ? subnet : best));
  // The caller starts a task there now; count it so the next pick in this instant sees it.
  counts.set(chosen.az, count(chosen.az) + 1);
  return chosen;
}

/**
 * Tasks of a group per AZ (desired RUNNING), counted once per instant of a working copy and kept
 * current by fargateSubnet's picks, so starting many Fargate tasks stays linear.
 */
const azCounts = new WeakMap<
  readonly unknown[],
  { now: number; byGroup: Map<string, Map<string, number>> }
>();

function groupTasksPerAz(world: World, group: string): Map<string, number> {
  let entry = azCounts.get(world.tasks);
  if (entry?.now !== world.now) {
    entry = { now: world.now, byGroup: new Map() };
    azCounts.set(world.tasks, entry);
  }
  let counts = entry.byGroup.get(group);
  if (counts === undefined) {
    counts = new Map();
    for (const task of world.tasks)
      if (task.group === group && task.desiredStatus === 'RUNNING')
        counts.set(task.az, (counts.get(task.az) ?? 0) + 1);
    entry.byGroup.set(group, counts);
  }
  return counts;
}
