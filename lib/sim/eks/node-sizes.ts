import { INSTANCE_TYPES, registeredMemoryMiB, type InstanceTypeSpec } from '../ecs/catalog';

/**
 * IPv4 addresses per network interface for each instance type the account offers (EC2's
 * published table). With the VPC CNI every pod takes one of them.
 */
const IPV4_PER_ENI: Readonly<Record<string, number>> = {
  't3.micro': 2,
  't3.small': 4,
  't3.medium': 6,
  't3.large': 12,
  'm4.large': 10,
  'm5.large': 10,
  'm5.xlarge': 15,
  'm5.2xlarge': 15,
  'm5.4xlarge': 30,
  'c5.large': 10,
  'c5.xlarge': 15,
  'r5.large': 10,
  'm6g.large': 10,
  'c6g.large': 10,
};

export interface NodeSize {
  readonly spec: InstanceTypeSpec;
  readonly maxPods: number;
  readonly capacity: { readonly cpu: number; readonly memory: number; readonly pods: number };
  readonly allocatable: { readonly cpu: number; readonly memory: number; readonly pods: number };
}

/**
 * The VPC CNI's pod limit (amazon-eks-ami eni-max-pods.txt): the first address of each interface
 * is the node's own, and two host-network pods (aws-node, kube-proxy) need none:
 * ENIs × (IPv4 per ENI − 1) + 2. An m5.large gets 3 × 9 + 2 = 29 (§7).
 */
export function maxPods(spec: InstanceTypeSpec): number {
  return spec.maxEnis * ((IPV4_PER_ENI[spec.name] ?? 2) - 1) + 2;
}

/** The EKS AMI's kube-reserved CPU: 6 % of the first core, 1 % of the second, 0.5 % of the next two, 0.25 % above. */
function reservedCpu(vcpu: number): number {
  const shares = [60, 10, 5, 5];
  let reserved = 0;
  for (let core = 0; core < vcpu; core += 1) reserved += shares[core] ?? 2.5;
  return Math.round(reserved);
}

/**
 * A node's capacity and what the scheduler may fill (allocatable): the EKS AMI reserves
 * 255 MiB + 11 MiB per pod of memory and the CPU above for the kubelet, and keeps 100 MiB for
 * the hard eviction threshold. Memory capacity is what the OS reports, the figure the ECS agent
 * registers too. An m5.large: 1,930 m CPU and 7,311 MiB allocatable.
 */
export function nodeSize(instanceType: string): NodeSize | undefined {
  const spec = INSTANCE_TYPES.find((candidate) => candidate.name === instanceType);
  if (spec === undefined) return undefined;
  const pods = maxPods(spec);
  const memory = registeredMemoryMiB(spec);
  const cpu = spec.vcpu * 1000;
  return {
    spec,
    maxPods: pods,
    capacity: { cpu, memory, pods },
    allocatable: { cpu: cpu - reservedCpu(spec.vcpu), memory: memory - (255 + 11 * pods) - 100, pods },
  };
}

export const NODE_INSTANCE_TYPES = INSTANCE_TYPES.map((spec) => spec.name);
