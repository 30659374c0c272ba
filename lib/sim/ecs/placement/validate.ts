import type { CommandError } from '../../core/types';
import type { LaunchType } from '../types';
import { parseQuery } from './query-parser';

/** A constraint or strategy as the caller sent it (types not yet checked). */
export interface RawConstraint {
  readonly type: string;
  readonly expression?: string;
}
export interface RawStrategy {
  readonly type: string;
  readonly field?: string;
}

const invalid = (message: string): CommandError => ({ code: 'InvalidParameterException', message });

/**
 * Checks the placement parameters of RunTask / CreateService / UpdateService (§4.1–4.3) and
 * answers in AWS's words, or null when they are acceptable. The first problem wins, in this order:
 * Fargate, then each constraint, then each strategy.
 *
 * Sources of the wording:
 * - Fargate: `Placement constraints are not supported with FARGATE launch type.` [observed:
 *   GetSimpl/cloudlift PR #138, 2023] and `Placement strategies are not supported with FARGATE
 *   launch type.` [observed: aws-cloudformation/cloudformation-coverage-roadmap #2369, 2025].
 * - `distinctInstance expression should not be specified.` [observed: hashicorp/terraform #11471].
 * - Unknown types follow RegisterTaskDefinition's observed `constraint.type 'distinctInstance' is
 *   not supported.` (aws-samples/aws-cdk-examples #628) [unconfirmed for these calls].
 * - A memberOf without an expression, an invalid expression, an unknown strategy type and a bad
 *   field: no real wording found [unconfirmed]; the binpack one is as a third-party lint rule
 *   quotes it. Field names of binpack are accepted in any case (`MEMORY` works:
 *   ansible-collections/community.aws PR #1601).
 */
export function validatePlacement(
  constraints: readonly RawConstraint[],
  strategies: readonly RawStrategy[],
  launchType: LaunchType | null,
): CommandError | null {
  if (launchType === 'FARGATE') {
    if (constraints.length > 0)
      return invalid('Placement constraints are not supported with FARGATE launch type.');
    if (strategies.length > 0)
      return invalid('Placement strategies are not supported with FARGATE launch type.');
  }
  for (const constraint of constraints) {
    const problem = constraintProblem(constraint);
    if (problem !== null) return invalid(problem);
  }
  for (const strategy of strategies) {
    const problem = strategyProblem(strategy);
    if (problem !== null) return invalid(problem);
  }
  return null;
}

function constraintProblem(constraint: RawConstraint): string | null {
  const expression = constraint.expression;
  switch (constraint.type) {
    case 'distinctInstance':
      // Even an empty expression is refused (the Terraform issue was exactly that).
      return expression === undefined ? null : 'distinctInstance expression should not be specified.';
    case 'memberOf': {
      if (expression === undefined || expression.trim() === '')
        return 'memberOf expression should be specified.';
      const parsed = parseQuery(expression);
      return parsed.ok ? null : `Invalid memberOf expression '${expression}': ${parsed.error.message}`;
    }
    default:
      return `constraint.type '${constraint.type}' is not supported.`;
  }
}

function strategyProblem(strategy: RawStrategy): string | null {
  const field = strategy.field ?? '';
  switch (strategy.type) {
    case 'random':
      return null;
    case 'binpack':
      return ['cpu', 'memory'].includes(field.toLowerCase()) ? null : `binpack field '${field}' is invalid`;
    case 'spread': {
      const ok =
        field === 'instanceId' || field === 'host' || (field.startsWith('attribute:') && field.length > 10);
      return ok ? null : `spread field '${field}' is invalid`;
    }
    default:
      return `strategy.type '${strategy.type}' is not supported.`;
  }
}
