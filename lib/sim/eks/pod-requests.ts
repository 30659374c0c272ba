import { NON_ZERO_DEFAULT } from './figures';
import type { KubeNode, Pod, PodSpec, Resources, Taint, Toleration } from './types';

/** What the scheduler fits a pod with: the sum of its containers' requests (none counts as 0). */
export function podRequests(spec: PodSpec): Resources {
  let cpu = 0;
  let memory = 0;
  for (const container of spec.containers) {
    cpu += container.requests.cpu ?? 0;
    memory += container.requests.memory ?? 0;
  }
  return { cpu, memory };
}

/** What scoring assumes instead: a container with no request counts 100m CPU and 200 MiB. */
export function nonZeroRequests(spec: PodSpec): Resources {
  let cpu = 0;
  let memory = 0;
  for (const container of spec.containers) {
    cpu += container.requests.cpu ?? NON_ZERO_DEFAULT.cpu;
    memory += container.requests.memory ?? NON_ZERO_DEFAULT.memory;
  }
  return { cpu, memory };
}

/** A node is in the cluster once its kubelet has registered. */
export const registered = (node: KubeNode): boolean => node.joinsAt === null;

/** Pods that hold a place on a node: bound and not yet gone (a Terminating pod still holds it). */
export const holdsPlace = (pod: Pod): boolean =>
  pod.nodeName !== null && pod.phase !== 'Succeeded' && pod.phase !== 'Failed';

export function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const toleration of tolerations) {
    if (toleration.effect !== undefined && toleration.effect !== taint.effect) continue;
    if (toleration.operator === 'Exists') {
      if (toleration.key === undefined || toleration.key === taint.key) return true;
    } else if (toleration.key === taint.key && (toleration.value ?? '') === taint.value) return true;
  }
  return false;
}

/** nodeSelector: every label the pod asks for, with the same value. */
export function matchesSelector(
  labels: Readonly<Record<string, string>>,
  selector: Readonly<Record<string, string>>,
): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false;
  return true;
}
