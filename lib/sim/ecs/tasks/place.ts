import {
  explainPlacement,
  placeTasks,
  type Candidate,
  type ExplanationRow,
  type PlacementRequest,
  type PlacementResult,
} from '../placement';
import type { EcsState } from '../types';
import type { World } from '../world';

/** Places tasks with the state's PRNG and remembers the decision for "Why this host?". */
export function placeAndRecord(
  world: World,
  cluster: string,
  candidates: readonly Candidate[],
  request: PlacementRequest,
): PlacementResult {
  const rngBefore = world.rng;
  const result = placeTasks(candidates, request, rngBefore);
  world.rng = result.rng;
  world.lastPlacement = { at: world.now, cluster, request, candidates, rngBefore, placed: result.placed };
  return result;
}

/**
 * The last placement explained instance by instance, for its first task: which check filtered
 * each instance out, or how the strategies ranked it, and which one was chosen. Null before any
 * placement.
 */
export function explainLastPlacement(state: Pick<EcsState, 'lastPlacement'>): ExplanationRow[] | null {
  const last = state.lastPlacement;
  if (last === null) return null;
  return explainPlacement(last.candidates, { ...last.request, count: 1 }, last.rngBefore);
}
