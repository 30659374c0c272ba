import { CHECKS, PASSED, type CheckName, type PlacementRequest } from './placement-types';
import type { QueryNode } from './query-ast';
import { evaluateQuery, queryTargetOf, usesTaskGroups } from './query-eval';
import { parseQuery } from './query-parser';
import { MAX_RESERVED_PORTS, type Work } from './work';

/**
 * The filters of §4.1 in their order: CPU, memory, ports, ENI (resources), a connected agent,
 * ACTIVE status (never DRAINING or INACTIVE, §1.4), required attributes and subnets, then the
 * binding constraints `distinctInstance` and `memberOf` (§4.3). An instance's stage is the index in
 * CHECKS of the first check it fails, or PASSED.
 *
 * Agent, status, attributes and memberOf queries that do not look at task groups cannot change
 * during one call, so they are evaluated once per instance; the rest after each placement on it.
 */
export interface CheckPlan {
  readonly request: PlacementRequest;
  readonly distinct: boolean;
  /** Per candidate: stage of the first failing fixed check (AGENT…ATTRIBUTE, memberOf), or PASSED. */
  readonly fixedStage: Int8Array;
  /** memberOf queries that look at `task:group`, re-evaluated as tasks land. */
  readonly groupQueries: readonly { readonly expression: string; readonly query: QueryNode }[];
  /** memberOf expressions in order, parsed (an unparsable one is satisfied by no instance). */
  readonly memberOf: readonly { readonly expression: string; readonly query: QueryNode | null }[];
}

const stage = (name: CheckName): number => CHECKS.indexOf(name);
export const STAGE = Object.fromEntries(CHECKS.map((name) => [name, stage(name)])) as Record<
  CheckName,
  number
>;

export function planChecks(work: Work, request: PlacementRequest): CheckPlan {
  const memberOf = request.constraints
    .filter((constraint) => constraint.type === 'memberOf')
    .map((constraint) => {
      const expression = constraint.expression ?? '';
      const parsed = parseQuery(expression);
      return { expression, query: parsed.ok ? parsed.query : null };
    });
  const fixedQueries = memberOf.filter((entry) => entry.query === null || !usesTaskGroups(entry.query));
  const subnets = request.subnetIds === undefined ? null : new Set(request.subnetIds);
  const required = Object.entries(request.needs.requiredAttributes ?? {});
  const fixedStage = new Int8Array(work.candidates.length);
  work.candidates.forEach((candidate, index) => {
    const { instance } = candidate;
    const attributes = instance.attributes;
    let result: number = PASSED;
    if (!instance.agentConnected) result = STAGE.AGENT;
    else if (instance.status !== 'ACTIVE') result = STAGE.STATUS;
    else if (subnets !== null && !subnets.has(attributes['ecs.subnet-id'] ?? '')) result = STAGE.ATTRIBUTE;
    else if (required.some(([name, value]) => !attributeSatisfied(attributes[name], value)))
      result = STAGE.ATTRIBUTE;
    else if (
      fixedQueries.some(({ query }) => query === null || !evaluateQuery(query, queryTargetOf(candidate)))
    ) {
      result = STAGE.memberOf;
    }
    fixedStage[index] = result;
  });
  return {
    request,
    distinct: request.constraints.some((constraint) => constraint.type === 'distinctInstance'),
    fixedStage,
    groupQueries: memberOf.flatMap(({ expression, query }) =>
      query !== null && usesTaskGroups(query) ? [{ expression, query }] : [],
    ),
    memberOf,
  };
}

/** A required attribute with an empty value only has to be present. */
export function attributeSatisfied(actual: string | undefined, required: string): boolean {
  return actual !== undefined && (required === '' || actual === required);
}

function portsFail(work: Work, index: number, ports: readonly number[]): boolean {
  if (ports.length === 0) return false;
  if ((work.portCount[index] ?? 0) + ports.length > MAX_RESERVED_PORTS) return true;
  const used = work.ports[index];
  return used !== null && used !== undefined && ports.some((port) => used.has(port));
}

/** The stage of candidate `index` now: the first check of §4.1 it fails, or PASSED. */
export function stageOf(plan: CheckPlan, work: Work, index: number): number {
  const needs = plan.request.needs;
  if ((work.remainingCpu[index] ?? 0) < needs.cpu) return STAGE.CPU;
  if ((work.remainingMemory[index] ?? 0) < needs.memory) return STAGE.MEMORY;
  if (portsFail(work, index, needs.ports)) return STAGE.PORTS;
  if (needs.eni && (work.freeEnis[index] ?? 0) < 1) return STAGE.ENI;
  const fixed = plan.fixedStage[index] ?? PASSED;
  if (fixed < STAGE.memberOf) return fixed;
  if (plan.distinct && (work.groupTasks[index] ?? 0) > 0) return STAGE.distinctInstance;
  if (fixed === STAGE.memberOf) return fixed;
  if (plan.groupQueries.length > 0) {
    const candidate = work.candidates[index];
    if (candidate !== undefined) {
      const target = queryTargetOf(candidate, work.groups[index]);
      if (plan.groupQueries.some(({ query }) => !evaluateQuery(query, target))) return STAGE.memberOf;
    }
  }
  return PASSED;
}
