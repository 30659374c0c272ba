import type { CommandError } from '../core/types';
import { KARPENTER_LABEL } from './karpenter';
import type { NodePool } from './karpenter-types';
import type { KubeObject } from './objects';
import type { EksState } from './types';
import type { World } from './world';

type NodePoolObject = Extract<KubeObject, { kind: 'NodePool' }>;

/** Karpenter's Helm chart installs its CRDs with its controller: without it, NodePool is an unknown kind. */
export function karpenterInstalled(world: Pick<EksState, 'deployments'>): boolean {
  return world.deployments.some(
    (deployment) =>
      deployment.namespace === 'kube-system' &&
      deployment.template.labels[KARPENTER_LABEL.key] === KARPENTER_LABEL.value,
  );
}

export function applyNodePool(
  world: World,
  object: NodePoolObject,
): 'created' | 'configured' | 'unchanged' | CommandError {
  if (!karpenterInstalled(world))
    return {
      code: 'NoMatch',
      message: `no matches for kind "NodePool" in version "karpenter.sh/v1"\nensure CRDs are installed first`,
    };
  const index = world.nodePools.findIndex((pool) => pool.name === object.name);
  const existing = world.nodePools[index];
  const { kind: _kind, ...spec } = object;
  const next: NodePool = { ...spec, createdAt: existing?.createdAt ?? world.now };
  if (existing === undefined) {
    world.nodePools.push(next);
    return 'created';
  }
  if (JSON.stringify(existing) === JSON.stringify(next)) return 'unchanged';
  world.nodePools[index] = next;
  return 'configured';
}
