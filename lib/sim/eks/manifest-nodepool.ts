import type { KubeObject } from './objects';
import { Invalid, isObject, stringMap, type Json } from './manifest-values';
import { parseCpu } from './quantity';

/**
 * A Karpenter NodePool (karpenter.sh/v1) from a manifest: its node requirements, labels, CPU limit
 * and the EC2NodeClass it names, checked as its CRD schema checks them. The simulator launches
 * On-Demand instances only, and does not simulate disruption (consolidation, expiry): those
 * fields are accepted and have no effect.
 */

export const NODEPOOL_FIELDS = {
  apiVersion: true,
  kind: true,
  metadata: { name: true, labels: true, annotations: true },
  spec: {
    template: {
      metadata: { labels: true, annotations: true },
      spec: {
        requirements: { key: true, operator: true, values: true, minValues: true },
        nodeClassRef: { group: true, kind: true, name: true },
        taints: true,
        startupTaints: true,
        expireAfter: true,
        terminationGracePeriod: true,
      },
    },
    limits: { cpu: true, memory: true },
    disruption: true,
    weight: true,
  },
} as const;

/** The labels a requirement may name here: those the simulated nodes carry. */
const KNOWN_KEYS = [
  'node.kubernetes.io/instance-type',
  'karpenter.k8s.aws/instance-category',
  'karpenter.sh/capacity-type',
  'kubernetes.io/arch',
  'kubernetes.io/os',
  'topology.kubernetes.io/zone',
];

export function parseNodePool(name: string, spec: Record<string, Json>): KubeObject {
  const template = isObject(spec['template']) ? spec['template'] : {};
  const templateSpec = isObject(template['spec']) ? template['spec'] : {};
  const metadata = isObject(template['metadata']) ? template['metadata'] : {};
  const ref = isObject(templateSpec['nodeClassRef']) ? templateSpec['nodeClassRef'] : null;
  if (ref === null) throw new Invalid('spec.template.spec.nodeClassRef: Required value');
  if (typeof ref['name'] !== 'string' || ref['name'] === '')
    throw new Invalid('spec.template.spec.nodeClassRef.name: Required value');
  if (templateSpec['taints'] !== undefined || templateSpec['startupTaints'] !== undefined)
    throw new Error(
      'Dockyard: NodePool taints are valid Karpenter, but this simulator launches untainted nodes only.',
    );
  const list = templateSpec['requirements'] ?? [];
  if (!Array.isArray(list))
    throw new Invalid('spec.template.spec.requirements: Invalid value: must be an array');
  const requirements = list.map((entry, index) => {
    const item = isObject(entry) ? entry : {};
    const where = `spec.template.spec.requirements[${index}]`;
    const key = item['key'];
    const operator = item['operator'];
    const values = item['values'] ?? [];
    if (typeof key !== 'string' || key === '') throw new Invalid(`${where}.key: Required value`);
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(String(operator)))
      throw new Invalid(
        `${where}.operator: Unsupported value: "${String(operator)}": supported values: "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"`,
      );
    if (operator !== 'In' && operator !== 'NotIn')
      throw new Error(
        `Dockyard: requirement operator ${String(operator)} is valid Karpenter; this simulator reads In and NotIn.`,
      );
    if (!KNOWN_KEYS.includes(key))
      throw new Error(
        `Dockyard: this simulator's nodes carry ${KNOWN_KEYS.join(', ')}; a requirement on ${key} is not simulated.`,
      );
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string'))
      throw new Invalid(`${where}.values: Invalid value: must be a list of strings`);
    if (key === 'karpenter.sh/capacity-type' && operator === 'In' && !values.includes('on-demand'))
      throw new Error(
        'Dockyard: this simulator launches On-Demand instances only; Spot capacity is not simulated.',
      );
    return { key, operator, values: values as string[] } as const;
  });
  const limits = isObject(spec['limits']) ? spec['limits'] : {};
  let cpuLimit: number | null = null;
  if (limits['cpu'] !== undefined) {
    const parsed = parseCpu(limits['cpu'] as string | number);
    if (!parsed.ok)
      throw new Invalid(`spec.limits.cpu: Invalid value: "${String(limits['cpu'])}": ${parsed.error}`);
    cpuLimit = parsed.value;
  }
  return {
    kind: 'NodePool',
    name,
    namespace: '',
    requirements,
    labels: stringMap(metadata['labels']) ?? {},
    cpuLimit,
    nodeClass: ref['name'],
  };
}
