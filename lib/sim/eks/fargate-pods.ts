import { FARGATE_SIZES } from '../ecs/taskdef/fargate-sizes';
import { FARGATE_OVERHEAD_MIB } from './figures';
import { matchesSelector, podRequests } from './pod-requests';
import type { FargateProfile, KubeNode, OwnerRef, PodSpec, PodTemplate } from './types';

/**
 * Which pods EKS runs on Fargate, and at what size. EKS's admission webhook looks at a pod as it
 * is created: when an ACTIVE profile selects it (its namespace, and every label the selector
 * names), the pod gets `schedulerName: fargate-scheduler` and the profile's label, so the default
 * scheduler leaves it alone (EKS User Guide, "Define which Pods use AWS Fargate when launched").
 */

export const FARGATE_PROFILE_LABEL = 'eks.amazonaws.com/fargate-profile';
export const COMPUTE_TYPE_LABEL = 'eks.amazonaws.com/compute-type';

export const isFargateNode = (node: Pick<KubeNode, 'labels'>): boolean =>
  node.labels[COMPUTE_TYPE_LABEL] === 'fargate';

function selects(profile: FargateProfile, namespace: string, labels: Readonly<Record<string, string>>) {
  return profile.selectors.some(
    (selector) => selector.namespace === namespace && matchesSelector(labels, selector.labels),
  );
}

/**
 * The ACTIVE profile that takes a new pod, or null. DaemonSets never run on Fargate; CoreDNS, as
 * EKS installs it, is annotated `eks.amazonaws.com/compute-type: ec2` to stay on EC2 nodes. A pod
 * that names a profile by label gets that one only if it selects the pod; otherwise the oldest
 * matching profile is used.
 */
export function fargateProfileFor(
  profiles: readonly FargateProfile[],
  pod: { namespace: string; labels: Readonly<Record<string, string>>; owner: OwnerRef | null },
): FargateProfile | null {
  if (pod.owner?.kind === 'DaemonSet') return null;
  if (pod.namespace === 'kube-system' && pod.labels['k8s-app'] === 'kube-dns') return null;
  const named = pod.labels[FARGATE_PROFILE_LABEL];
  const candidates = profiles.filter(
    (profile) =>
      profile.status === 'ACTIVE' &&
      (named === undefined || profile.name === named) &&
      selects(profile, pod.namespace, pod.labels),
  );
  return [...candidates].sort((a, b) => a.createdAt - b.createdAt)[0] ?? null;
}

/** The webhook's change to a pod a profile selects. */
export function forFargate(template: PodTemplate, profile: FargateProfile): PodTemplate {
  return {
    labels: { ...template.labels, [FARGATE_PROFILE_LABEL]: profile.name },
    spec: { ...template.spec, schedulerName: 'fargate-scheduler' },
  };
}

export interface FargateSize {
  /** Millicores and MiB of the micro-VM. */
  readonly cpu: number;
  readonly memory: number;
  /** The `CapacityProvisioned` annotation: `0.25vCPU 0.5GB`. */
  readonly text: string;
}

/** The size Fargate gives a pod (figures.ts FARGATE_OVERHEAD_MIB), or null when none is big enough. */
export function fargateSize(spec: PodSpec): FargateSize | null {
  const requests = podRequests(spec);
  const memoryNeeded = requests.memory + FARGATE_OVERHEAD_MIB;
  for (const size of FARGATE_SIZES) {
    const cpu = (size.cpu * 1000) / 1024;
    if (cpu < requests.cpu) continue;
    const memory = size.memory.find((candidate) => candidate >= memoryNeeded);
    if (memory === undefined) continue;
    return { cpu, memory, text: `${size.cpu / 1024}vCPU ${memory / 1024}GB` };
  }
  return null;
}
