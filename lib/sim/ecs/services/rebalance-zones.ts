import { candidatesFor, placeTasks } from '../placement';
import { providerInstanceFilter } from '../tasks/run-task';
import type { Service, Task, TaskDefinition } from '../types';
import type { World } from '../world';
import { isFargateProvider } from './capacity';
import type { ZoneCount } from './service-events';
import { nextProviders, placementRequest, serviceGroup, serviceSubnets } from './start-tasks';

/**
 * How a REPLICA service's tasks sit across Availability Zones (§5.8). The zones that count are
 * those that hold a task of the service and those with usable capacity: for Fargate, the AZs of
 * the service's subnets that are up; on EC2, the AZs where one more task of the service would be
 * placed now (a dry run of placement with a memberOf on the AZ, so an AZ whose instances are full
 * or down does not count). Balanced means at most one task between the fullest and emptiest zone.
 */
export interface Balance {
  /** Every zone that counts, by name, with the service's tasks in it. */
  readonly zones: readonly ZoneCount[];
  readonly balanced: boolean;
  /** Unbalanced: the emptiest zone a task can be started in (null when none can take one). */
  readonly short: string | null;
  /** The fullest zone, where a task stops (first by name on a tie; null without tasks). */
  readonly crowded: string | null;
}

interface Where {
  /** The capacity provider the next task would use, or null for a launch type. */
  readonly provider: string | null;
  readonly fargate: boolean;
}

function whereNext(service: Service, live: readonly Task[]): Where {
  if (service.launchType !== null) return { provider: null, fargate: service.launchType === 'FARGATE' };
  const provider = nextProviders(service, live, 1)[0] ?? null;
  return { provider, fargate: provider !== null && isFargateProvider(provider) };
}

function ec2Candidates(world: World, service: Service, provider: string | null) {
  const allowed = providerInstanceFilter(world, provider);
  return candidatesFor(world, service.cluster, serviceGroup(service)).filter(
    (c) => allowed === null || allowed(c.instance.ec2InstanceId),
  );
}

/** Zones that may take a task, cheaply: Fargate subnets that are up, or connected ACTIVE instances. */
function possibleZones(world: World, service: Service, where: Where): string[] {
  if (where.fargate)
    return serviceSubnets(world, service)
      .filter((s) => s.available)
      .map((s) => s.az);
  const allowed = providerInstanceFilter(world, where.provider);
  return world.containerInstances
    .filter(
      (ci) =>
        ci.cluster === service.cluster &&
        ci.status === 'ACTIVE' &&
        ci.agentConnected &&
        (allowed === null || allowed(ci.ec2InstanceId)),
    )
    .map((ci) => ci.attributes['ecs.availability-zone'] ?? '');
}

/** Whether one more task of the service would be placed in `az` now (placement is pure: a dry run). */
function canPlaceIn(world: World, service: Service, def: TaskDefinition, where: Where, az: string): boolean {
  if (where.fargate) return serviceSubnets(world, service).some((s) => s.available && s.az === az);
  const candidates = ec2Candidates(world, service, where.provider);
  return placeTasks(candidates, placementRequest(service, def, 1, az), world.rng).placed.length === 1;
}

const spread = (counts: ReadonlyMap<string, number>): number => {
  const values = [...counts.values()];
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
};

/** Where the service's `live` tasks stand across the zones that count, and which way to move one. */
export function assessBalance(
  world: World,
  service: Service,
  def: TaskDefinition,
  live: readonly Task[],
): Balance {
  const where = whereNext(service, live);
  const held = new Map<string, number>();
  for (const task of live) if (task.az !== '') held.set(task.az, (held.get(task.az) ?? 0) + 1);
  const open = new Set(possibleZones(world, service, where).filter((az) => az !== ''));
  // Cheap first: if even every possible zone leaves it balanced, no placement dry run is needed.
  const naive = new Map(held);
  for (const az of open) if (!naive.has(az)) naive.set(az, 0);
  const counts = new Map(held);
  if (spread(naive) > 1)
    for (const az of [...open].sort())
      if (!counts.has(az) && canPlaceIn(world, service, def, where, az)) counts.set(az, 0);
  const zones = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([az, count]) => ({ az, count }));
  const most = Math.max(0, ...counts.values());
  const crowded = most === 0 ? null : (zones.find((z) => z.count === most)?.az ?? null);
  if (spread(counts) <= 1) return { zones, balanced: true, short: null, crowded };
  const short =
    [...zones]
      .filter((z) => z.count <= most - 2)
      .sort((a, b) => a.count - b.count)
      .find((z) => z.count === 0 || canPlaceIn(world, service, def, where, z.az))?.az ?? null;
  return { zones, balanced: false, short, crowded };
}
