import type { Rng } from '../../core/rng';
import { planChecks, STAGE, stageOf } from './checks';
import {
  NO_CONTAINER_INSTANCES,
  PASSED,
  type Candidate,
  type FailureReason,
  type PlacementFailure,
  type PlacementRequest,
  type PlacementResult,
} from './placement-types';
import { leastLoaded, openFeasible, removeFeasible } from './feasible-set';
import { bestTied, breakTie, countPlacement, effectiveStrategies, rankKeys } from './rank';
import { openWork, reserve } from './work';

const REASON_OF_STAGE: readonly FailureReason[] = [
  'RESOURCE:CPU',
  'RESOURCE:MEMORY',
  'RESOURCE:PORTS',
  'RESOURCE:ENI',
  'AGENT',
  'MISSING',
  'ATTRIBUTE',
  'DistinctInstance placement constraint unsatisfied.',
  'MemberOf placement constraint unsatisfied.',
];

/**
 * "Closest matching container instance" (§4.4): the one that got furthest through §4.1's checks
 * before failing, the first such in candidate order. DRAINING and INACTIVE instances are never
 * named: ECS does not consider them at all. -1 when no instance qualifies.
 */
export function closestIndex(stages: ArrayLike<number>): number {
  let best = -1;
  let bestStage = -1;
  for (let index = 0; index < stages.length; index += 1) {
    const stage = stages[index] ?? 0;
    if (stage === STAGE.STATUS || stage === PASSED) continue;
    if (stage > bestStage) {
      best = index;
      bestStage = stage;
    }
  }
  return best;
}

/** Why the next task cannot be placed, in RunTask's `failures[]` words (§3.3). */
export function failureFor(candidates: readonly Candidate[], stages: ArrayLike<number>): PlacementFailure {
  const closest = closestIndex(stages);
  const candidate = candidates[closest];
  if (candidate === undefined) return { reason: 'MISSING', detail: NO_CONTAINER_INSTANCES };
  return {
    reason: REASON_OF_STAGE[stages[closest] ?? 0] ?? 'MISSING',
    containerInstanceId: candidate.instance.id,
  };
}

/**
 * Places `request.count` tasks (EC2 launch type) on the candidates: filter (§4.1), constraints
 * (§4.3), rank by the strategies or the default for the request's kind (§4.2), break ties with the
 * PRNG. Each placement reserves CPU, memory, ports and an ENI on its instance and counts in the
 * group before the next task is placed. Tasks that fit nowhere come back as failures, one each,
 * naming the closest matching instance; a cluster without usable instances gives `MISSING` with
 * the sentence RunTask uses (NO_CONTAINER_INSTANCES).
 */
export function placeTasks(
  candidates: readonly Candidate[],
  request: PlacementRequest,
  rng: Rng,
): PlacementResult {
  const work = openWork(candidates, request);
  const plan = planChecks(work, request);
  const keys = rankKeys(work, effectiveStrategies(request));
  const n = candidates.length;
  const stages = new Int8Array(n);
  for (let index = 0; index < n; index += 1) stages[index] = stageOf(plan, work, index);
  const feasible = openFeasible(stages, keys[0]);
  const laterKeys = feasible.buckets === null ? keys : keys.slice(1);
  const scratch = [new Int32Array(n), new Int32Array(n)] as const;
  const placed: string[] = [];
  const failures: PlacementFailure[] = [];
  let state = rng;
  for (let task = 0; task < request.count; task += 1) {
    if (feasible.size === 0) {
      const failure = failureFor(candidates, stages);
      for (let rest = task; rest < request.count; rest += 1) failures.push(failure);
      break;
    }
    const first = leastLoaded(feasible) ?? { list: feasible.list, length: feasible.size };
    const tied = bestTied(laterKeys, work, first.list, first.length, scratch);
    const pick = breakTie(tied.list, tied.length, state);
    state = pick.rng;
    const index = pick.index;
    reserve(work, index, request);
    countPlacement(keys, index);
    placed.push(candidates[index]?.instance.id ?? '');
    stages[index] = stageOf(plan, work, index);
    if (stages[index] !== PASSED) removeFeasible(feasible, index);
  }
  return { placed, failures, rng: state };
}
