import type { CommandError, Json } from '../core/types';
import { kubectlUnreachable } from './access';
import { findNode, nodeAnswers, nodeNotFound, setUnschedulable } from './nodes';
import { deletePod, isActive } from './pods';
import { recordEvent, type World } from './world';

/**
 * `kubectl drain NODE --ignore-daemonsets`: cordon, then evict every pod but the DaemonSet's (their
 * controllers recreate them elsewhere). Bare pods stop it unless forced, as kubectl refuses them.
 */
export function drainNode(
  world: World,
  name: string,
  options: { ignoreDaemonSets: boolean; force: boolean },
): { ok: true; response: Json } | CommandError {
  const unreachable = kubectlUnreachable(world);
  if (unreachable !== null) return unreachable;
  const node = findNode(world, name);
  if (node === undefined) return nodeNotFound(name);
  const onNode = world.pods.filter((pod) => pod.nodeName === name && isActive(pod));
  const daemon = onNode.filter((pod) => pod.owner?.kind === 'DaemonSet');
  const bare = onNode.filter((pod) => pod.owner === null);
  const problems: string[] = [];
  if (daemon.length > 0 && !options.ignoreDaemonSets)
    problems.push(
      `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map((pod) => `${pod.namespace}/${pod.name}`).join(', ')}`,
    );
  if (bare.length > 0 && !options.force)
    problems.push(
      `cannot delete Pods that declare no controller (use --force to override): ${bare.map((pod) => `${pod.namespace}/${pod.name}`).join(', ')}`,
    );
  setUnschedulable(world, name, true);
  if (problems.length > 0)
    return {
      code: 'DrainBlocked',
      message: `unable to drain node "${name}" due to error: [${problems.join(', ')}], continuing command...`,
    };
  const evicted = onNode.filter((pod) => pod.owner?.kind !== 'DaemonSet');
  for (const pod of evicted) {
    recordEvent(world, {
      type: 'Normal',
      reason: 'Evicted',
      object: `pod/${pod.name}`,
      namespace: pod.namespace,
      source: 'kubectl-drain',
      message: `Evicting pod ${pod.namespace}/${pod.name} (drain of ${name})`,
      kind: 'pod-drained',
    });
    deletePod(world, pod, nodeAnswers(world, pod.nodeName));
  }
  return {
    ok: true,
    response: {
      ignoredDaemonSetPods: daemon.map((pod) => `${pod.namespace}/${pod.name}`),
      evicted: evicted.map((pod) => `${pod.namespace}/${pod.name}`),
    },
  };
}
