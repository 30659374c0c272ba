import type { CommandError } from '../../core/types';
import type { CapacityProviderStrategyItem, Cluster, LaunchType } from '../types';
import { capacityProviderStrategyProblem } from '../scaling/strategy';
import { refused, type World } from '../world';

/**
 * Where a service's tasks go (§5.6): a launch type, or a capacity provider strategy whose `base`
 * tasks go first to the provider that sets it and the rest are shared by `weight`. With neither,
 * the cluster's default strategy is copied onto the service; without one, the EC2 launch type.
 */
export interface ServiceCapacity {
  readonly launchType: LaunchType | null;
  readonly strategy: readonly CapacityProviderStrategyItem[];
}

export function isFargateProvider(name: string): boolean {
  return name === 'FARGATE' || name === 'FARGATE_SPOT';
}

/** The launch type behind a capacity (a strategy is all Fargate or all Auto Scaling groups). */
export function launchTypeOf(capacity: ServiceCapacity): LaunchType {
  if (capacity.launchType !== null) return capacity.launchType;
  return capacity.strategy.some((item) => isFargateProvider(item.capacityProvider)) ? 'FARGATE' : 'EC2';
}

export function resolveServiceCapacity(
  world: World,
  cluster: Cluster,
  launchType: LaunchType | undefined,
  strategy: readonly CapacityProviderStrategyItem[] | undefined,
): { ok: true; capacity: ServiceCapacity } | { ok: false; error: CommandError } {
  const fail = (message: string) => ({
    ok: false as const,
    error: refused(world, 'InvalidParameterException', message),
  });
  if (launchType !== undefined && strategy !== undefined && strategy.length > 0)
    return fail('Specify either Launch Type or Capacity Provider Strategy, but not both.');
  if (launchType !== undefined) return { ok: true, capacity: { launchType, strategy: [] } };
  const items =
    strategy !== undefined && strategy.length > 0 ? strategy : cluster.defaultCapacityProviderStrategy;
  if (items.length === 0) return { ok: true, capacity: { launchType: 'EC2', strategy: [] } };
  for (const item of items)
    if (
      !isFargateProvider(item.capacityProvider) &&
      !cluster.capacityProviders.includes(item.capacityProvider)
    )
      return fail(
        'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
      );
  const fargate = items.filter((item) => isFargateProvider(item.capacityProvider)).length;
  if (fargate > 0 && fargate < items.length)
    return fail(
      'The specified capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.',
    );
  // Both wordings below were not found in a primary source (unconfirmed; scaling/strategy.ts).
  const strategyProblem = capacityProviderStrategyProblem(items);
  if (strategyProblem !== null) return fail(strategyProblem);
  if (!items.some((item) => item.weight > 0))
    return fail(
      'At least one capacity provider in a capacity provider strategy must have a weight greater than zero.',
    );
  return { ok: true, capacity: { launchType: null, strategy: items.map((item) => ({ ...item })) } };
}

/**
 * The provider of each of `count` new tasks, given how many tasks of the service each provider
 * already has: first the provider with a `base` until it holds that many, then the one whose
 * share beyond its base is furthest below its weight (ties: strategy order).
 */
export function assignProviders(
  strategy: readonly CapacityProviderStrategyItem[],
  existing: ReadonlyMap<string, number>,
  count: number,
): string[] {
  const counts = new Map(existing);
  const picks: string[] = [];
  for (let n = 0; n < count; n += 1) {
    let pick = strategy.find(
      (item) => item.base > (counts.get(item.capacityProvider) ?? 0),
    )?.capacityProvider;
    if (pick === undefined) {
      let best = Infinity;
      for (const item of strategy) {
        if (item.weight <= 0) continue;
        const beyond = Math.max(0, (counts.get(item.capacityProvider) ?? 0) - item.base);
        const score = (beyond + 1) / item.weight;
        if (score < best) {
          best = score;
          pick = item.capacityProvider;
        }
      }
    }
    const chosen = pick ?? strategy[0]?.capacityProvider;
    if (chosen === undefined) break;
    picks.push(chosen);
    counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
  }
  return picks;
}
