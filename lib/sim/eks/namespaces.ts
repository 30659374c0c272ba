import type { CommandError, Json } from '../core/types';
import { deleteObject } from './delete-object';
import { deletePod } from './pods';
import { nodeAnswers } from './nodes';
import type { Namespace } from './namespace-types';
import type { World } from './world';

/**
 * Namespaces: the four every cluster starts with, and the learner's own. An object can only be
 * created in a namespace that exists and is not being deleted (the NamespaceLifecycle admission
 * plugin); deleting a namespace deletes everything in it, and it shows Terminating until its pods
 * are gone.
 */

export const BUILT_IN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;

/** NamespaceLifecycle refuses to delete these. */
const IMMORTAL = new Set<string>(['default', 'kube-public', 'kube-system']);

const isBuiltIn = (name: string) => (BUILT_IN_NAMESPACES as readonly string[]).includes(name);

/** Every namespace as `kubectl get namespaces` lists it, built-in ones first. */
export function allNamespaces(state: {
  readonly namespaces: readonly Namespace[];
  readonly cluster: { readonly activeAt: number } | null;
}): Namespace[] {
  const since = state.cluster?.activeAt ?? 0;
  return [
    ...BUILT_IN_NAMESPACES.map((name) => ({ name, createdAt: since, deletedAt: null })),
    ...state.namespaces,
  ].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Why an object cannot be created in `namespace`, in the API server's words, or null. `resource`
 * names the object as the Forbidden message does: `deployments.apps "web"`.
 */
export function namespaceRefusal(
  world: Pick<World, 'namespaces'>,
  namespace: string,
  resource: string,
): CommandError | null {
  if (isBuiltIn(namespace)) return null;
  const found = world.namespaces.find((candidate) => candidate.name === namespace);
  if (found === undefined) return { code: 'NotFound', message: `namespaces "${namespace}" not found` };
  if (found.deletedAt !== null)
    return {
      code: 'Forbidden',
      message: `${resource} is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
    };
  return null;
}

/** `kubectl create namespace` and `kubectl apply` of a Namespace. */
export function applyNamespace(
  world: World,
  name: string,
  create: boolean,
): { ok: true; response: Json } | CommandError {
  const existing = world.namespaces.find((candidate) => candidate.name === name);
  if (isBuiltIn(name) || existing !== undefined) {
    if (create) return { code: 'AlreadyExists', message: `namespaces "${name}" already exists` };
    return { ok: true, response: { result: 'unchanged' } };
  }
  world.namespaces.push({ name, createdAt: world.now, deletedAt: null });
  return { ok: true, response: { result: 'created' } };
}

/** `kubectl delete namespace`: every object in it is deleted; the namespace waits for its pods. */
export function deleteNamespace(world: World, name: string): CommandError | null {
  if (IMMORTAL.has(name))
    return {
      code: 'Forbidden',
      message: `namespaces "${name}" is forbidden: this namespace may not be deleted`,
    };
  const found = world.namespaces.find((candidate) => candidate.name === name);
  if (found === undefined && !isBuiltIn(name))
    return { code: 'NotFound', message: `namespaces "${name}" not found` };
  if (found === undefined || found.deletedAt !== null) return null;
  world.namespaces = world.namespaces.map((candidate) =>
    candidate === found ? { ...found, deletedAt: world.now } : candidate,
  );
  const inIt = <T extends { readonly namespace: string; readonly name: string }>(items: readonly T[]) =>
    items.filter((item) => item.namespace === name).map((item) => item.name);
  for (const deployment of inIt(world.deployments)) deleteObject(world, 'Deployment', deployment, name);
  for (const daemonSet of inIt(world.daemonSets)) deleteObject(world, 'DaemonSet', daemonSet, name);
  for (const service of inIt(world.services)) deleteObject(world, 'Service', service, name);
  for (const hpa of inIt(world.hpas)) deleteObject(world, 'HorizontalPodAutoscaler', hpa, name);
  for (const ingress of inIt(world.ingresses)) deleteObject(world, 'Ingress', ingress, name);
  for (const account of inIt(world.serviceAccounts)) deleteObject(world, 'ServiceAccount', account, name);
  world.replicaSets = world.replicaSets.filter((rs) => rs.namespace !== name);
  for (const pod of world.pods)
    if (pod.namespace === name && pod.deletedAt === null)
      deletePod(world, pod, nodeAnswers(world, pod.nodeName));
  return null;
}

/** A namespace being deleted is gone once none of its pods is left. */
export function finishNamespaceDeletions(world: World): void {
  if (!world.namespaces.some((namespace) => namespace.deletedAt !== null)) return;
  world.namespaces = world.namespaces.filter(
    (namespace) => namespace.deletedAt === null || world.pods.some((pod) => pod.namespace === namespace.name),
  );
}
