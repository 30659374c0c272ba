import type { NodeAffinity, NodeSelectorRequirement, NodeSelectorTerm } from './types';

/**
 * Node affinity as the NodeAffinity plugin evaluates it (Kubernetes docs, "Assigning Pods to
 * Nodes"): the required terms are ORed and each term's expressions ANDed; an empty term matches no
 * node. Preferred terms add their weight (1–100) to a node that matches them.
 */

type Labels = Readonly<Record<string, string>>;

/** Gt and Lt compare the label's value and the single given value as integers. */
function integer(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

export function requirementMatches(labels: Labels, requirement: NodeSelectorRequirement): boolean {
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && requirement.values.includes(value);
    case 'NotIn':
      return value === undefined || !requirement.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const own = integer(value);
      const given = integer(requirement.values[0]);
      if (own === null || given === null) return false;
      return requirement.operator === 'Gt' ? own > given : own < given;
    }
    default: {
      const unreachable: never = requirement.operator;
      return unreachable;
    }
  }
}

export function termMatches(labels: Labels, term: NodeSelectorTerm): boolean {
  return (
    term.matchExpressions.length > 0 &&
    term.matchExpressions.every((requirement) => requirementMatches(labels, requirement))
  );
}

/** requiredDuringSchedulingIgnoredDuringExecution: at least one term matches (no terms: every node). */
export function requiredAffinityMatches(labels: Labels, affinity: NodeAffinity | undefined): boolean {
  if (affinity === undefined || affinity.required === null) return true;
  return affinity.required.some((term) => termMatches(labels, term));
}

/** preferredDuringSchedulingIgnoredDuringExecution: the sum of the weights of the terms the node matches. */
export function preferredAffinityWeight(labels: Labels, affinity: NodeAffinity | undefined): number {
  let sum = 0;
  for (const { weight, preference } of affinity?.preferred ?? [])
    if (termMatches(labels, preference)) sum += weight;
  return sum;
}
