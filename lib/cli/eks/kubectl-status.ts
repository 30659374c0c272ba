import type { KubeNode, Pod } from '../../sim/eks/types';

/** The STATUS column of `kubectl get pods`: the container's waiting reason, Terminating, or the phase. */
export function podStatus(pod: Pod): string {
  if (pod.deletedAt !== null) return 'Terminating';
  if (pod.nodeName !== null && pod.container.state !== 'running') return pod.container.reason;
  return pod.phase;
}

/** READY: ready containers of all containers. */
export function podReady(pod: Pod): string {
  const total = pod.spec.containers.length;
  return `${pod.ready ? total : 0}/${total}`;
}

/** The STATUS column of `kubectl get nodes`: Ready or NotReady, and SchedulingDisabled when cordoned. */
export function nodeStatus(node: KubeNode): string {
  const ready = node.ready === 'True' ? 'Ready' : 'NotReady';
  return node.unschedulable ? `${ready},SchedulingDisabled` : ready;
}

/** RESTARTS: the count, and since kubectl 1.22 how long ago the last one was: `3 (25s ago)`. */
export function podRestarts(pod: Pod, now: number, age: (ms: number) => string): string {
  return pod.restarts === 0 || pod.lastExit === null
    ? '0'
    : `${pod.restarts} (${age(now - pod.lastExit.at)} ago)`;
}
