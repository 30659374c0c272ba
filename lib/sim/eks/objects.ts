import type { CommandError, Json } from '../core/types';
import { kubectlUnreachable } from './access';
import { DEFAULT_MAX_SURGE, DEFAULT_MAX_UNAVAILABLE } from './figures';
import { createPod } from './pods';
import type { DaemonSet, Deployment, PodTemplate, Service, ServicePort } from './types';
import { applyService } from './services';
import { applyServiceAccount, type ServiceAccountObject } from './identity';
import { applyHpa } from './hpa-objects';
import { applyIngress } from './ingress';
import { applyNodePool } from './karpenter-objects';
import type { HpaObject, IngressObject, NodePoolObject } from './object-kinds';
import { applyNamespace, namespaceRefusal } from './namespaces';
import type { World } from './world';

/** A manifest after validation: what `kubectl apply` sends (lib/sim/eks/manifest.ts builds it). */
export type KubeObject =
  | { readonly kind: 'Namespace'; readonly name: string; readonly namespace: '' }
  | ServiceAccountObject
  | {
      readonly kind: 'Deployment';
      readonly name: string;
      readonly namespace: string;
      readonly replicas: number;
      readonly selector: Readonly<Record<string, string>>;
      readonly template: PodTemplate;
      readonly maxSurge?: string;
      readonly maxUnavailable?: string;
    }
  | {
      readonly kind: 'Pod';
      readonly name: string;
      readonly namespace: string;
      readonly template: PodTemplate;
    }
  | {
      readonly kind: 'DaemonSet';
      readonly name: string;
      readonly namespace: string;
      readonly selector: Readonly<Record<string, string>>;
      readonly template: PodTemplate;
    }
  | {
      readonly kind: 'Service';
      readonly name: string;
      readonly namespace: string;
      readonly type: Service['type'];
      readonly selector: Readonly<Record<string, string>>;
      /** A nodePort of null is allocated by the API server. */
      readonly ports: readonly ServicePort[];
      readonly annotations?: Readonly<Record<string, string>>;
    }
  | IngressObject
  | HpaObject
  | NodePoolObject;

export type ApplyResult = 'created' | 'configured' | 'unchanged';

const RESOURCE: Readonly<Record<KubeObject['kind'], string>> = {
  Namespace: 'namespace',
  Deployment: 'deployment.apps',
  DaemonSet: 'daemonset.apps',
  Pod: 'pod',
  Service: 'service',
  HorizontalPodAutoscaler: 'horizontalpodautoscaler.autoscaling',
  Ingress: 'ingress.networking.k8s.io',
  ServiceAccount: 'serviceaccount',
  NodePool: 'nodepool.karpenter.sh',
};

export const resourceName = (kind: KubeObject['kind'], name: string) => `${RESOURCE[kind]}/${name}`;

/** The API's plural in messages: `deployments.apps "web"`, `ingresses.networking.k8s.io "web"`. */
function apiName(kind: KubeObject['kind'], name: string): string {
  const [singular = '', ...group] = RESOURCE[kind].split('.');
  const plural = singular.endsWith('s') ? `${singular}es` : `${singular}s`;
  return `${[plural, ...group].join('.')} "${name}"`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const noCluster = (world: World) => kubectlUnreachable(world);

/** `kubectl apply`: creates the object, or changes it to match, or leaves it when nothing differs. */
export function applyObject(world: World, object: KubeObject): { ok: true; response: Json } | CommandError {
  const unreachable = noCluster(world);
  if (unreachable !== null) return unreachable;
  if (object.kind === 'Namespace') return applyNamespace(world, object.name, false);
  // Cluster-scoped kinds have no namespace to check.
  const refused =
    object.kind === 'NodePool'
      ? null
      : namespaceRefusal(world, object.namespace, apiName(object.kind, object.name));
  if (refused !== null) return refused;
  let result: ApplyResult;
  switch (object.kind) {
    case 'Deployment': {
      const index = world.deployments.findIndex(
        (d) => d.name === object.name && d.namespace === object.namespace,
      );
      const existing = world.deployments[index];
      const next: Deployment = {
        name: object.name,
        namespace: object.namespace,
        replicas: object.replicas,
        selector: object.selector,
        template: object.template,
        maxSurge: object.maxSurge ?? DEFAULT_MAX_SURGE,
        maxUnavailable: object.maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE,
        createdAt: existing?.createdAt ?? world.now,
        generation:
          existing === undefined
            ? 1
            : existing.generation + (same(existing.template, object.template) ? 0 : 1),
      };
      if (existing !== undefined && !same(existing.selector, object.selector))
        return {
          code: 'Invalid',
          message: `The Deployment "${object.name}" is invalid: spec.selector: Invalid value: ${JSON.stringify({ matchLabels: object.selector })}: field is immutable`,
        };
      result =
        existing === undefined
          ? 'created'
          : same({ ...existing, createdAt: 0, generation: 0 }, { ...next, createdAt: 0, generation: 0 })
            ? 'unchanged'
            : 'configured';
      if (existing === undefined) world.deployments.push(next);
      else world.deployments[index] = next;
      break;
    }
    case 'DaemonSet': {
      const index = world.daemonSets.findIndex(
        (d) => d.name === object.name && d.namespace === object.namespace,
      );
      const existing = world.daemonSets[index];
      const next: DaemonSet = { ...object, createdAt: existing?.createdAt ?? world.now };
      result = existing === undefined ? 'created' : same(existing, next) ? 'unchanged' : 'configured';
      if (existing === undefined) world.daemonSets.push(next);
      else world.daemonSets[index] = next;
      break;
    }
    case 'Service': {
      const applied = applyService(world, object);
      if ('code' in applied) return applied;
      result = applied.result;
      break;
    }
    case 'HorizontalPodAutoscaler':
      result = applyHpa(world, object);
      break;
    case 'ServiceAccount':
      result = applyServiceAccount(world, object);
      break;
    case 'Ingress':
      result = applyIngress(world, object);
      break;
    case 'NodePool': {
      const applied = applyNodePool(world, object);
      if (typeof applied !== 'string') return applied;
      result = applied;
      break;
    }
    case 'Pod': {
      const existing = world.pods.find(
        (pod) => pod.name === object.name && pod.namespace === object.namespace,
      );
      if (existing !== undefined && existing.deletedAt !== null)
        return {
          code: 'AlreadyExists',
          message: `object is being deleted: pods "${object.name}" already exists`,
        };
      if (existing === undefined) {
        createPod(world, {
          name: object.name,
          namespace: object.namespace,
          template: object.template,
          owner: null,
        });
        result = 'created';
      } else if (
        same(existing.labels, object.template.labels) &&
        same(existing.spec.containers, object.template.spec.containers)
      ) {
        result = 'unchanged';
      } else {
        return {
          code: 'Invalid',
          message: `The Pod "${object.name}" is invalid: spec: Forbidden: pod updates may not change fields other than \`spec.containers[*].image\`,\`spec.initContainers[*].image\`,\`spec.activeDeadlineSeconds\`,\`spec.tolerations\` (only additions to existing tolerations),\`spec.terminationGracePeriodSeconds\` (allow it to be set to 1 if it was previously negative)`,
        };
      }
      break;
    }
  }
  return { ok: true, response: { result, resource: resourceName(object.kind, object.name) } };
}

function findDeployment(world: World, name: string, namespace: string): Deployment | CommandError {
  return (
    world.deployments.find((d) => d.name === name && d.namespace === namespace) ?? {
      code: 'NotFound',
      message: `deployments.apps "${name}" not found`,
    }
  );
}

function updateDeployment(world: World, deployment: Deployment, change: Partial<Deployment>): void {
  const next = { ...deployment, ...change };
  const changedTemplate = !same(deployment.template, next.template);
  world.deployments = world.deployments.map((d) =>
    d === deployment ? { ...next, generation: deployment.generation + (changedTemplate ? 1 : 0) } : d,
  );
}

/** `kubectl scale deployment NAME --replicas=N`. */
export function scaleDeployment(
  world: World,
  name: string,
  namespace: string,
  replicas: number,
): CommandError | null {
  const unreachable = noCluster(world);
  if (unreachable !== null) return unreachable;
  const deployment = findDeployment(world, name, namespace);
  if ('code' in deployment) return deployment;
  updateDeployment(world, deployment, { replicas });
  return null;
}

/** `kubectl set image deployment/NAME CONTAINER=IMAGE`: a new template, so a rolling update. */
export function setImage(
  world: World,
  name: string,
  namespace: string,
  container: string,
  image: string,
): CommandError | null {
  const unreachable = noCluster(world);
  if (unreachable !== null) return unreachable;
  const deployment = findDeployment(world, name, namespace);
  if ('code' in deployment) return deployment;
  if (!deployment.template.spec.containers.some((candidate) => candidate.name === container))
    return { code: 'NotFound', message: `unable to find container named "${container}"` };
  const containers = deployment.template.spec.containers.map((candidate) =>
    candidate.name === container ? { ...candidate, image } : candidate,
  );
  updateDeployment(world, deployment, {
    template: { ...deployment.template, spec: { ...deployment.template.spec, containers } },
  });
  return null;
}

/** `kubectl rollout undo deployment/NAME [--to-revision=N]`: the template of an earlier ReplicaSet comes back. */
export function rolloutUndo(
  world: World,
  name: string,
  namespace: string,
  toRevision: number | null,
): CommandError | null {
  const unreachable = noCluster(world);
  if (unreachable !== null) return unreachable;
  const deployment = findDeployment(world, name, namespace);
  if ('code' in deployment) return deployment;
  const history = world.replicaSets
    .filter((rs) => rs.deployment === name && rs.namespace === namespace)
    .sort((a, b) => b.revision - a.revision);
  const target = toRevision === null ? history[1] : history.find((rs) => rs.revision === toRevision);
  if (target === undefined)
    return {
      code: 'RolloutUndo',
      message:
        toRevision === null
          ? 'no rollout history found for deployment "' + name + '"'
          : `unable to find specified revision ${toRevision} in history`,
    };
  const { 'pod-template-hash': _hash, ...labels } = target.template.labels;
  updateDeployment(world, deployment, { template: { labels, spec: target.template.spec } });
  return null;
}
