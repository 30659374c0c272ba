import { instanceTypeSpec, registeredMemoryMiB } from '../sim/ecs/catalog';
import { nodeSize } from '../sim/eks/node-sizes';
import type { SizeId } from './types';

/**
 * The replica size the learner picks, and the EC2 instance types that go with it: a VM big
 * enough to hold the app and its OS (the smallest non-burstable type that fits; burstable t3
 * types cost less but slow to their baseline under sustained load), and a general-purpose
 * container host type with room for two or more replicas (fewer on EKS, where the kubelet's
 * reservation and the DaemonSets come first).
 */
export interface ReplicaSize {
  readonly id: SizeId;
  readonly label: string;
  readonly vcpu: number;
  readonly memoryGb: number;
  readonly why: string;
  /** One VM per replica in the "EC2 VMs" option. */
  readonly vmType: string;
  /** Container instances (ECS on EC2) and worker nodes (EKS). */
  readonly hostType: string;
}

export const SIZES: Readonly<Record<SizeId, ReplicaSize>> = {
  small: {
    id: 'small',
    label: '0.25 vCPU, 0.5 GB',
    vcpu: 0.25,
    memoryGb: 0.5,
    why: 'the seed’s webserver task definition (cpu 256, memory 512)',
    vmType: 'c5.large',
    hostType: 'm5.large',
  },
  medium: {
    id: 'medium',
    label: '1 vCPU, 2 GB',
    vcpu: 1,
    memoryGb: 2,
    why: 'the task size ECS Express Mode picks by default',
    vmType: 'c5.large',
    hostType: 'm5.large',
  },
  large: {
    id: 'large',
    label: '2 vCPU, 4 GB',
    vcpu: 2,
    memoryGb: 4,
    why: 'a bigger app',
    vmType: 'm5.large',
    hostType: 'm5.xlarge',
  },
};

function spec(type: string) {
  const found = instanceTypeSpec(type);
  if (found === undefined) throw new Error(`Unknown instance type ${type}`);
  return found;
}

/** vCPUs of an instance type (a VM's nginx uses all of them). */
export function instanceVcpu(type: string): number {
  return spec(type).vcpu;
}

/**
 * Tasks of this size one container instance holds: its CPU units and the memory the ECS agent
 * registers (§1.3), bridge networking (awsvpc would also cap tasks by network interfaces).
 */
export function tasksPerInstance(size: ReplicaSize): number {
  const instance = spec(size.hostType);
  const byCpu = Math.floor((instance.vcpu * 1024) / (size.vcpu * 1024));
  const byMemory = Math.floor(registeredMemoryMiB(instance) / (size.memoryGb * 1024));
  return Math.max(1, Math.min(byCpu, byMemory));
}

/** The DaemonSets on every EKS node ask for this much CPU: aws-node 25 m, kube-proxy 100 m. */
const DAEMONSET_CPU_MILLICORES = 125;
const DAEMONSET_PODS = 2;

/** Pods of this size one EKS node holds: its allocatable CPU, memory and pod slots, less the DaemonSets. */
export function podsPerNode(size: ReplicaSize): number {
  const node = nodeSize(size.hostType);
  if (node === undefined) throw new Error(`Unknown node type ${size.hostType}`);
  const byCpu = Math.floor((node.allocatable.cpu - DAEMONSET_CPU_MILLICORES) / (size.vcpu * 1000));
  const byMemory = Math.floor(node.allocatable.memory / (size.memoryGb * 1024));
  return Math.max(1, Math.min(byCpu, byMemory, node.allocatable.pods - DAEMONSET_PODS));
}
