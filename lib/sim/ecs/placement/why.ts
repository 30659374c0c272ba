import type { CheckPlan } from './checks';
import { attributeSatisfied } from './checks';
import { CHECKS, type PlacementRequest } from './placement-types';
import { evaluateQuery, queryTargetOf } from './query-eval';
import type { RankKey } from './rank';
import { MAX_RESERVED_PORTS, type Work } from './work';

/** Plain-words reasons for the "Why this host?" explanation. */

/** 2048 → "2,048" (fixed grouping so output never depends on the reader's locale). */
export function grouped(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function portsWhy(work: Work, index: number, ports: readonly number[]): string {
  const instance = work.candidates[index]?.instance;
  const used =
    work.ports[index] ??
    new Set([...(instance?.registered.ports ?? []), ...(instance?.reserved.ports ?? [])]);
  const taken = ports.filter((port) => used.has(port));
  if (taken.length > 0) {
    return `${taken.length === 1 ? 'port' : 'ports'} ${taken.join(', ')} already reserved on it (the task binds ${ports.join(', ')})`;
  }
  const count = work.portCount[index] ?? 0;
  return `it reserves ${count} host ports; ${ports.length} more would pass the limit of ${MAX_RESERVED_PORTS}`;
}

function attributeWhy(plan: CheckPlan, work: Work, index: number): string {
  const attributes = work.candidates[index]?.instance.attributes ?? {};
  const subnets = plan.request.subnetIds;
  const subnet = attributes['ecs.subnet-id'];
  if (subnets !== undefined && !subnets.includes(subnet ?? '')) {
    return `it is in ${subnet ?? 'no known subnet'}, not in the task's subnets (${subnets.join(', ')})`;
  }
  for (const [name, value] of Object.entries(plan.request.needs.requiredAttributes ?? {})) {
    const actual = attributes[name];
    if (attributeSatisfied(actual, value)) continue;
    if (actual === undefined)
      return `it lacks the attribute ${name}${value === '' ? '' : `=${value}`} the task requires`;
    return `it has ${name}=${actual}, the task requires ${value}`;
  }
  return 'it lacks an attribute the task requires';
}

function memberOfWhy(plan: CheckPlan, work: Work, index: number): string {
  const candidate = work.candidates[index];
  for (const { expression, query } of plan.memberOf) {
    if (query === null) return `memberOf: "${expression}" is not a valid expression, so no instance matches`;
    if (candidate !== undefined && !evaluateQuery(query, queryTargetOf(candidate, work.groups[index]))) {
      return `memberOf: it does not match "${expression}"`;
    }
  }
  return 'memberOf: it does not match the expression';
}

/** Why candidate `index` was filtered out at `stage` (an index in CHECKS). */
export function filteredWhy(plan: CheckPlan, work: Work, index: number, stage: number): string {
  const needs = plan.request.needs;
  const instance = work.candidates[index]?.instance;
  switch (CHECKS[stage]) {
    case 'CPU':
      return `${grouped(work.remainingCpu[index] ?? 0)} CPU units left, the task needs ${grouped(needs.cpu)}`;
    case 'MEMORY':
      return `${grouped(work.remainingMemory[index] ?? 0)} MiB left, the task needs ${grouped(needs.memory)} MiB`;
    case 'PORTS':
      return portsWhy(work, index, needs.ports);
    case 'ENI': {
      const total = instance?.registered.enis ?? 0;
      return `no free ENI attachment point for an awsvpc task (${total - (work.freeEnis[index] ?? 0)} of ${total} in use)`;
    }
    case 'AGENT':
      return 'its ECS agent is disconnected';
    case 'STATUS':
      return `it is ${instance?.status ?? 'INACTIVE'}: ECS places no new tasks on it`;
    case 'ATTRIBUTE':
      return attributeWhy(plan, work, index);
    case 'distinctInstance':
      return `distinctInstance: it already runs a task of ${plan.request.group}`;
    case 'memberOf':
      return memberOfWhy(plan, work, index);
    default:
      return 'it meets every requirement';
  }
}

/** One strategy's verdict on an instance: its score, and the best among its peers. */
export function keyWhy(
  key: RankKey,
  request: PlacementRequest,
  index: number,
  score: number,
  best: number,
): string {
  const of = request.kind === 'service' ? 'this service' : `group ${request.group}`;
  switch (key.kind) {
    case 'spread-attribute': {
      const value = key.values[key.bucketOf[index] ?? 0] ?? '';
      const tail = score === best ? ', fewest' : ` (fewest: ${best})`;
      return `spread ${key.field}: ${value} has ${plural(score, 'task')} of ${of}${tail}`;
    }
    case 'spread-instance':
      return `spread ${key.field}: ${plural(score, 'task')} of ${of} here${score === best ? ', fewest' : ` (fewest: ${best})`}`;
    case 'binpack': {
      const unit = key.resource === 'cpu' ? 'CPU units' : 'MiB';
      const tail = score === best ? ', least' : ` (least: ${grouped(best)} ${unit})`;
      return `binpack ${key.resource}: ${grouped(score)} ${unit} would be left${tail}`;
    }
    case 'random':
      return 'random: any instance still in the running may be picked';
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}
