import type { Candidate } from './placement-types';
import { versionKey, type Operator, type Ordinal, type QueryNode } from './query-ast';

/**
 * Evaluates a parsed cluster query (§4.3) against one container instance.
 *
 * - Missing attributes: `exists` is false, `==`/`in`/`=~` and the ordered operators are false,
 *   and their negations are true.
 * - `task:group` is set-valued: `==`, `in`, `=~` and `exists` hold when any task on the instance is
 *   in a matching group, so `not(task:group == database)` is the guide's anti-affinity example.
 * - Ordered comparisons on attributes are numeric when both sides are numbers, else by text.
 */

/**
 * Simulated time 0 on the calendar, for `registeredAt` (the same instant the console's
 * timestamps use: SIM_EPOCH_MS in lib/cli/vm/aws-format.ts, 2025-01-06T09:00:00Z).
 */
export { SIM_EPOCH_MS } from '../../core/calendar';
import { SIM_EPOCH_MS } from '../../core/calendar';

/** What the query language can ask of a container instance. */
export interface QueryTarget {
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly ec2InstanceId: string;
  /** Simulated ms since start. */
  readonly registeredAt: number;
  readonly runningTasksCount: number;
  readonly taskGroups: readonly string[];
}

export function queryTargetOf(candidate: Candidate, taskGroups = candidate.taskGroups): QueryTarget {
  const instance = candidate.instance;
  return {
    agentConnected: instance.agentConnected,
    agentVersion: candidate.agentVersion,
    attributes: instance.attributes,
    ec2InstanceId: instance.ec2InstanceId,
    registeredAt: instance.registeredAt,
    runningTasksCount: candidate.runningTasksCount,
    taskGroups,
  };
}

/** True when the query looks at the instance's task groups, which change as tasks are placed. */
export function usesTaskGroups(node: QueryNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return usesTaskGroups(node.left) || usesTaskGroups(node.right);
    case 'not':
      return usesTaskGroups(node.operand);
    case 'compare':
      return node.subject.kind === 'taskGroup';
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function ordered(op: Operator, diff: number): boolean {
  switch (op) {
    case '==':
      return diff === 0;
    case '!=':
      return diff !== 0;
    case '>':
      return diff > 0;
    case '>=':
      return diff >= 0;
    case '<':
      return diff < 0;
    case '<=':
      return diff <= 0;
    default:
      return false;
  }
}

const DAY = 86_400_000;

/** The instance's own key for an ordered subject, at the literal's precision. */
function targetKey(
  node: Extract<QueryNode, { kind: 'compare' }>,
  ordinal: Ordinal,
  target: QueryTarget,
): number[] | null {
  switch (node.subject.kind) {
    case 'agentVersion':
      return versionKey(target.agentVersion);
    case 'registeredAt': {
      const at = SIM_EPOCH_MS + target.registeredAt;
      const unit = ordinal.unit === 'day' ? DAY : 1000;
      return [Math.floor(at / unit) * unit];
    }
    case 'runningTasksCount':
      return [target.runningTasksCount];
    default:
      return null;
  }
}

function compareText(op: Operator, value: string, arg: string): boolean {
  const a = Number(value);
  const b = Number(arg);
  const numeric = value.trim() !== '' && arg.trim() !== '' && Number.isFinite(a) && Number.isFinite(b);
  const diff = numeric ? a - b : value < arg ? -1 : value > arg ? 1 : 0;
  return ordered(op, diff);
}

/** Does one value satisfy the positive form of `op`? */
function matchesOne(node: Extract<QueryNode, { kind: 'compare' }>, value: string): boolean {
  switch (node.op) {
    case '==':
    case '!=':
      return value === node.args[0];
    case 'in':
    case '!in':
      return node.args.includes(value);
    case '=~':
    case '!~':
      return node.regex?.test(value) ?? false;
    case 'exists':
    case '!exists':
      return true;
    default:
      return compareText(node.op, value, node.args[0] ?? '');
  }
}

const NEGATED = new Set<Operator>(['!=', '!in', '!~', '!exists']);

function evaluateCompare(node: Extract<QueryNode, { kind: 'compare' }>, target: QueryTarget): boolean {
  const ordinal = node.ordinals?.[0];
  if (ordinal !== undefined) {
    const key = targetKey(node, ordinal, target);
    return key !== null && ordered(node.op, compareKeys(key, ordinal.key));
  }
  let values: readonly string[];
  switch (node.subject.kind) {
    case 'agentConnected':
      values = [String(target.agentConnected)];
      break;
    case 'ec2InstanceId':
      values = [target.ec2InstanceId];
      break;
    case 'attribute': {
      const value = target.attributes[node.subject.name];
      values = value === undefined ? [] : [value];
      break;
    }
    case 'taskGroup':
      values = target.taskGroups;
      break;
    default:
      values = [];
  }
  const any = values.some((value) => matchesOne(node, value));
  return NEGATED.has(node.op) ? !any : any;
}

export function evaluateQuery(node: QueryNode, target: QueryTarget): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateQuery(node.left, target) && evaluateQuery(node.right, target);
    case 'or':
      return evaluateQuery(node.left, target) || evaluateQuery(node.right, target);
    case 'not':
      return !evaluateQuery(node.operand, target);
    case 'compare':
      return evaluateCompare(node, target);
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}
