import type {
  NodeAffinity,
  NodeSelectorRequirement,
  NodeSelectorTerm,
  TopologySpreadConstraint,
} from './types';
import { Invalid, isObject, stringMap, type Json } from './manifest-values';

/**
 * `affinity` and `topologySpreadConstraints` from a manifest, validated as the API server does
 * (kubernetes/kubernetes pkg/apis/core/validation: `ValidateNodeSelectorRequirement`,
 * `ValidatePreferredSchedulingTerms`, `validateTopologySpreadConstraints`). Pod affinity and the
 * rarer spread fields are valid Kubernetes the simulator does not place by: they are refused by name.
 */

type Tree = { readonly [field: string]: Tree | true };

const NODE_SELECTOR_TERM: Tree = {
  matchExpressions: { key: true, operator: true, values: true },
  matchFields: true,
};

/** The fields strict decoding knows under `affinity` and `topologySpreadConstraints[]`. */
export const AFFINITY_FIELDS: Tree = {
  nodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: NODE_SELECTOR_TERM },
    preferredDuringSchedulingIgnoredDuringExecution: { weight: true, preference: NODE_SELECTOR_TERM },
  },
  podAffinity: true,
  podAntiAffinity: true,
};

export const SPREAD_FIELDS: Tree = {
  maxSkew: true,
  topologyKey: true,
  whenUnsatisfiable: true,
  labelSelector: { matchLabels: true, matchExpressions: true },
  minDomains: true,
  nodeAffinityPolicy: true,
  nodeTaintsPolicy: true,
  matchLabelKeys: true,
};

/** Valid Kubernetes that this simulator does not place pods by. */
export function notSimulated(path: string): Error {
  return new Error(
    `Dockyard: ${path} is valid Kubernetes, but this simulator does not place pods by it yet. Use nodeSelector, node affinity, topology spread constraints, taints and tolerations, which it does simulate.`,
  );
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;

function parseRequirement(value: Json | undefined, path: string): NodeSelectorRequirement {
  const item = isObject(value) ? value : {};
  const operator = item['operator'];
  const values = Array.isArray(item['values']) ? item['values'].map(String) : [];
  const found = OPERATORS.find((candidate) => candidate === operator);
  if (found === undefined)
    throw new Invalid(
      `${path}.operator: Invalid value: ${JSON.stringify(operator ?? '')}: not a valid selector operator`,
    );
  if ((found === 'In' || found === 'NotIn') && values.length === 0)
    throw new Invalid(
      `${path}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`,
    );
  if ((found === 'Exists' || found === 'DoesNotExist') && values.length > 0)
    throw new Invalid(
      `${path}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
    );
  if ((found === 'Gt' || found === 'Lt') && values.length !== 1)
    throw new Invalid(
      `${path}.values: Required value: must be specified single value when \`operator\` is 'Lt' or 'Gt'`,
    );
  return { key: typeof item['key'] === 'string' ? item['key'] : '', operator: found, values };
}

function parseTerm(value: Json | undefined, path: string): NodeSelectorTerm {
  const term = isObject(value) ? value : {};
  if (term['matchFields'] !== undefined) throw notSimulated(`${path}.matchFields`);
  const expressions = Array.isArray(term['matchExpressions']) ? term['matchExpressions'] : [];
  return {
    matchExpressions: expressions.map((item, index) =>
      parseRequirement(item, `${path}.matchExpressions[${index}]`),
    ),
  };
}

/** `affinity` at `path` (`spec.template.spec.affinity`): its node affinity, or undefined when it sets none. */
export function parseAffinity(value: unknown, path: string): NodeAffinity | undefined {
  if (!isObject(value)) return undefined;
  for (const kind of ['podAffinity', 'podAntiAffinity'])
    if (value[kind] !== undefined && value[kind] !== null) throw notSimulated(`${path}.${kind}`);
  const node = value['nodeAffinity'];
  if (!isObject(node)) return undefined;
  const base = `${path}.nodeAffinity`;
  const required = node['requiredDuringSchedulingIgnoredDuringExecution'];
  let terms: NodeSelectorTerm[] | null = null;
  if (isObject(required)) {
    const where = `${base}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
    const list = Array.isArray(required['nodeSelectorTerms']) ? required['nodeSelectorTerms'] : [];
    if (list.length === 0)
      throw new Invalid(`${where}: Required value: must have at least one node selector term`);
    terms = list.map((term, index) => parseTerm(term, `${where}[${index}]`));
  }
  const preferredList = node['preferredDuringSchedulingIgnoredDuringExecution'];
  const preferred = (Array.isArray(preferredList) ? preferredList : []).map((item, index) => {
    const where = `${base}.preferredDuringSchedulingIgnoredDuringExecution[${index}]`;
    const entry = isObject(item) ? item : {};
    const weight = typeof entry['weight'] === 'number' ? entry['weight'] : 0;
    if (!Number.isInteger(weight) || weight < 1 || weight > 100)
      throw new Invalid(`${where}.weight: Invalid value: ${weight}: must be in the range 1-100`);
    return { weight, preference: parseTerm(entry['preference'], `${where}.preference`) };
  });
  return { required: terms, preferred };
}

const ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'] as const;

/** `topologySpreadConstraints` at `path`; undefined when absent or empty (the default spread applies). */
export function parseTopologySpread(value: unknown, path: string): TopologySpreadConstraint[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const constraints = value.map((item, index): TopologySpreadConstraint => {
    const where = `${path}[${index}]`;
    const entry = isObject(item) ? item : {};
    for (const field of ['minDomains', 'nodeAffinityPolicy', 'nodeTaintsPolicy', 'matchLabelKeys'])
      if (entry[field] !== undefined && entry[field] !== null) throw notSimulated(`${where}.${field}`);
    const selector = entry['labelSelector'];
    if (isObject(selector) && selector['matchExpressions'] !== undefined)
      throw notSimulated(`${where}.labelSelector.matchExpressions`);
    const maxSkew = typeof entry['maxSkew'] === 'number' ? entry['maxSkew'] : 0;
    if (maxSkew <= 0)
      throw new Invalid(`${where}.maxSkew: Invalid value: ${maxSkew}: must be greater than zero`);
    const topologyKey = typeof entry['topologyKey'] === 'string' ? entry['topologyKey'] : '';
    if (topologyKey === '') throw new Invalid(`${where}.topologyKey: Required value: can not be empty`);
    const action = ACTIONS.find((candidate) => candidate === entry['whenUnsatisfiable']);
    if (action === undefined)
      throw new Invalid(
        `${where}.whenUnsatisfiable: Unsupported value: ${JSON.stringify(entry['whenUnsatisfiable'] ?? '')}: supported values: "DoNotSchedule", "ScheduleAnyway"`,
      );
    const matchLabels = isObject(selector) ? (stringMap(selector['matchLabels']) ?? {}) : null;
    return { maxSkew, topologyKey, whenUnsatisfiable: action, matchLabels };
  });
  constraints.forEach((constraint, index) => {
    const repeated = constraints
      .slice(index + 1)
      .some(
        (other) =>
          other.topologyKey === constraint.topologyKey &&
          other.whenUnsatisfiable === constraint.whenUnsatisfiable,
      );
    if (repeated)
      throw new Invalid(
        `${path}[${index}].{topologyKey, whenUnsatisfiable}: Duplicate value: "{${constraint.topologyKey}, ${constraint.whenUnsatisfiable}}"`,
      );
  });
  return constraints;
}
