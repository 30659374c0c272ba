import { nodeStatus, podStatus } from '@/lib/cli/eks/kubectl-status';
import type { KubeNode, Pod } from '@/lib/sim/eks/types';
import type { StateLook } from '../vm/status';

const FAILED_REASONS = new Set([
  'CrashLoopBackOff',
  'Error',
  'OOMKilled',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'Failed',
  'Evicted',
]);

/**
 * A pod as the picture draws it: kubectl's own STATUS word (never a word of our own), a symbol and
 * a tone. A Running pod whose readiness probe fails says so: it receives no Service traffic.
 */
export function podLook(pod: Pod): StateLook {
  const status = podStatus(pod);
  if (status === 'Terminating') return { label: status, symbol: 'minus', tone: 'gone' };
  if (status === 'Succeeded') return { label: 'Completed', symbol: 'check', tone: 'gone' };
  if (FAILED_REASONS.has(status)) return { label: status, symbol: 'cross', tone: 'failed' };
  if (status === 'Unknown') return { label: status, symbol: 'alert', tone: 'failed' };
  if (status === 'Pending') return { label: status, symbol: 'dashed-ring', tone: 'busy' };
  if (status === 'Running')
    return pod.ready
      ? { label: 'Running', symbol: 'dot', tone: 'ready' }
      : { label: 'Running, not Ready', symbol: 'half', tone: 'busy' };
  if (status === 'ContainerCreating') return { label: status, symbol: 'download', tone: 'busy' };
  return { label: status, symbol: 'quarter', tone: 'busy' };
}

/** A node as `kubectl get nodes` names its state, or Joining before the kubelet registers. */
export function nodeLook(node: KubeNode): StateLook {
  if (node.joinsAt !== null) return { label: 'Joining', symbol: 'quarter', tone: 'busy' };
  const status = nodeStatus(node);
  if (node.ready !== 'True') return { label: status, symbol: 'cross', tone: 'failed' };
  if (node.unschedulable) return { label: status, symbol: 'dashed-minus', tone: 'busy' };
  return { label: status, symbol: 'dot', tone: 'ready' };
}

/** Pods counted per STATUS word, in order of first appearance, for the aggregated picture. */
export function podTally(pods: readonly Pod[]): { key: string; look: StateLook; count: number }[] {
  const rows = new Map<string, { key: string; look: StateLook; count: number }>();
  for (const pod of pods) {
    const look = podLook(pod);
    const row = rows.get(look.label);
    if (row === undefined) rows.set(look.label, { key: look.label, look, count: 1 });
    else row.count += 1;
  }
  return [...rows.values()];
}
