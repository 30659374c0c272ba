import type {
  CapacityProviderStrategyItem,
  Deployment,
  LaunchType,
  PlacementConstraint,
  PlacementStrategy,
} from '@/lib/sim/ecs/types';
import type { StateLook } from '../../vm/status';

/** `arn:…:task-definition/web:2` as the console shows it: `web:2`. */
export function taskDefinitionLabel(arn: string): string {
  const slash = arn.lastIndexOf('task-definition/');
  return slash === -1 ? arn : arn.slice(slash + 'task-definition/'.length);
}

/** Where the tasks run: the launch type, or the capacity provider strategy with base and weight. */
export function launchText(
  launchType: LaunchType | null,
  strategy: readonly CapacityProviderStrategyItem[],
): string {
  if (strategy.length > 0) {
    const items = strategy.map(
      (item) => `${item.capacityProvider} (base ${item.base}, weight ${item.weight})`,
    );
    return `Capacity provider strategy: ${items.join(', ')}`;
  }
  return launchType === null ? 'Cluster default capacity provider strategy' : `Launch type ${launchType}`;
}

/**
 * Whether placement strategies and constraints apply: they do for the EC2 launch type and EC2
 * capacity providers, not for Fargate, where AWS chooses the host (§4).
 */
export function usesPlacement(
  launchType: LaunchType | null,
  strategy: readonly CapacityProviderStrategyItem[],
): boolean {
  if (strategy.length > 0) return strategy.some((item) => !item.capacityProvider.startsWith('FARGATE'));
  return launchType !== 'FARGATE';
}

/** One strategy in the notation of the CLI's shorthand: `spread(attribute:ecs.availability-zone)`. */
export function strategyNotation(strategy: PlacementStrategy): string {
  return strategy.field === undefined ? strategy.type : `${strategy.type}(${strategy.field})`;
}

/** `spread(attribute:ecs.availability-zone), then binpack(memory)`. */
export function strategiesText(strategies: readonly PlacementStrategy[]): string {
  return strategies.map(strategyNotation).join(', then ');
}

export function constraintText(constraint: PlacementConstraint): string {
  if (constraint.type === 'distinctInstance') return 'distinctInstance: at most one task per instance';
  return `memberOf: only instances matching ${constraint.expression ?? ''}`;
}

/**
 * A service's placement in words. Empty strategies mean ECS's default for services (§4.2), so say
 * so rather than "none".
 */
export function placementText(
  strategies: readonly PlacementStrategy[],
  constraints: readonly PlacementConstraint[],
  defaults: readonly PlacementStrategy[],
): { strategy: string; constraints: string } {
  return {
    strategy:
      strategies.length > 0 ? strategiesText(strategies) : `${strategiesText(defaults)} (the default)`,
    constraints: constraints.length > 0 ? constraints.map(constraintText).join('; ') : 'None',
  };
}

export const ROLLOUT_LOOK: Readonly<Record<Deployment['rolloutState'], StateLook>> = {
  IN_PROGRESS: { label: 'In progress', symbol: 'half', tone: 'busy' },
  COMPLETED: { label: 'Completed', symbol: 'dot', tone: 'ready' },
  FAILED: { label: 'Failed', symbol: 'cross', tone: 'failed' },
};

export function circuitBreakerText(breaker: { enable: boolean; rollback: boolean }): string {
  if (!breaker.enable) return 'Off';
  return breaker.rollback ? 'On, rolls back on failure' : 'On, without rollback';
}

export function countWord(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
