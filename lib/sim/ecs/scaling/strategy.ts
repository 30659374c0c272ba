import type { CapacityProviderStrategyItem } from '../types';

/**
 * Checks of a capacity provider strategy shared by PutClusterCapacityProviders, CreateService and
 * RunTask (§5.6). The API reference says "Only one capacity provider in a capacity provider
 * strategy can have a base defined"; ECS's error text was not found in a primary source, so the
 * message below reuses that sentence (unconfirmed), with the code InvalidParameterException.
 */
export const ONE_BASE_ONLY =
  'Only one capacity provider in a capacity provider strategy can have a base defined.';

/** The InvalidParameterException message for a strategy ECS refuses, or null when it is fine. */
export function capacityProviderStrategyProblem(
  strategy: readonly CapacityProviderStrategyItem[],
): string | null {
  if (strategy.filter((item) => item.base > 0).length > 1) return ONE_BASE_ONLY;
  return null;
}
