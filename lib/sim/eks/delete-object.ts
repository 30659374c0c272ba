import type { CommandError } from '../core/types';
import { kubectlUnreachable } from './access';
import { deleteHpa } from './hpa-objects';
import { deleteServiceAccount } from './identity';
import { deleteIngress } from './ingress';
import { nodeAnswers } from './nodes';
import type { KubeObject } from './objects';
import { deletePod } from './pods';
import { deleteService } from './services';
import type { World } from './world';
import { deleteNamespace } from './namespaces';

/** `kubectl delete deployment|daemonset|pod|service|hpa|ingress|serviceaccount NAME`. */
export function deleteObject(
  world: World,
  kind: KubeObject['kind'],
  name: string,
  namespace: string,
): CommandError | null {
  const unreachable = kubectlUnreachable(world);
  if (unreachable !== null) return unreachable;
  if (kind === 'Deployment') {
    if (!world.deployments.some((d) => d.name === name && d.namespace === namespace))
      return { code: 'NotFound', message: `deployments.apps "${name}" not found` };
    world.deployments = world.deployments.filter((d) => !(d.name === name && d.namespace === namespace));
    return null;
  }
  if (kind === 'Namespace') return deleteNamespace(world, name);
  if (kind === 'Service') return deleteService(world, name, namespace);
  if (kind === 'HorizontalPodAutoscaler') return deleteHpa(world, name, namespace);
  if (kind === 'Ingress') return deleteIngress(world, name, namespace);
  if (kind === 'ServiceAccount') return deleteServiceAccount(world, name, namespace);
  if (kind === 'NodePool')
    return {
      code: 'NotSimulated',
      message: 'Dockyard: deleting a NodePool (Karpenter then terminates its nodes) is not simulated.',
    };
  if (kind === 'DaemonSet') {
    if (!world.daemonSets.some((d) => d.name === name && d.namespace === namespace))
      return { code: 'NotFound', message: `daemonsets.apps "${name}" not found` };
    world.daemonSets = world.daemonSets.filter((d) => !(d.name === name && d.namespace === namespace));
    for (const pod of world.pods)
      if (pod.owner?.kind === 'DaemonSet' && pod.owner.name === name && pod.namespace === namespace)
        deletePod(world, pod, nodeAnswers(world, pod.nodeName));
    return null;
  }
  const pod = world.pods.find((candidate) => candidate.name === name && candidate.namespace === namespace);
  if (pod === undefined) return { code: 'NotFound', message: `pods "${name}" not found` };
  deletePod(world, pod, nodeAnswers(world, pod.nodeName));
  return null;
}
