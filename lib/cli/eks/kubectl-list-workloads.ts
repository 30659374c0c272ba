import type { EksState } from '../../sim/eks/types';
import { isFargateNode } from '../../sim/eks/fargate-pods';
import { humanDuration } from './kubectl-age';
import { daemonSetObject, deploymentObject, podObject, replicaSetObject } from './kubectl-objects';
import { type ResourceType } from './kubectl-resources';
import { podReady, podRestarts, podStatus } from './kubectl-status';
import { matchesSelector, registered } from '../../sim/eks/pod-requests';
import type { Listing } from './kubectl-listing-types';

/** `kubectl get` rows for workloads: pods, Deployments, ReplicaSets, DaemonSets. */
export function workloadListing(
  state: EksState,
  type: ResourceType,
  labels: Record<string, string>,
): Listing | null {
  const age = (at: number) => humanDuration(state.now - at);
  switch (type) {
    case 'pods':
      return {
        namespaced: true,
        headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
        wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
        rows: state.pods
          .filter((pod) => matchesSelector(pod.labels, labels))
          .map((pod) => ({
            name: pod.name,
            namespace: pod.namespace,
            cells: [
              pod.name,
              podReady(pod),
              podStatus(pod),
              podRestarts(pod, state.now, humanDuration),
              age(pod.createdAt),
            ],
            wide: [pod.ip ?? '<none>', pod.nodeName ?? '<none>', '<none>', '<none>'],
            object: podObject(pod),
          })),
      };
    case 'deployments':
      return {
        namespaced: true,
        headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
        wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: state.deployments.map((deployment) => {
          const object = deploymentObject(state, deployment);
          const current = state.replicaSets.find(
            (rs) =>
              rs.deployment === deployment.name &&
              rs.namespace === deployment.namespace &&
              rs.revision ===
                Math.max(
                  ...state.replicaSets
                    .filter(
                      (other) =>
                        other.deployment === deployment.name && other.namespace === deployment.namespace,
                    )
                    .map((other) => other.revision),
                ),
          );
          const upToDate =
            current === undefined
              ? 0
              : state.pods.filter(
                  (pod) =>
                    pod.owner?.name === current.name &&
                    pod.namespace === current.namespace &&
                    pod.deletedAt === null,
                ).length;
          return {
            name: deployment.name,
            namespace: deployment.namespace,
            cells: [
              deployment.name,
              `${object.status.readyReplicas}/${deployment.replicas}`,
              String(upToDate),
              String(object.status.availableReplicas),
              age(deployment.createdAt),
            ],
            wide: [
              deployment.template.spec.containers.map((container) => container.name).join(','),
              deployment.template.spec.containers.map((container) => container.image).join(','),
              Object.entries(deployment.selector)
                .map(([key, value]) => `${key}=${value}`)
                .join(','),
            ],
            object,
          };
        }),
      };
    case 'replicasets':
      return {
        namespaced: true,
        headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
        wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: state.replicaSets.map((rs) => {
          const object = replicaSetObject(state, rs);
          return {
            name: rs.name,
            namespace: rs.namespace,
            cells: [
              rs.name,
              String(rs.replicas),
              String(object.status.replicas),
              String(object.status.readyReplicas),
              age(rs.createdAt),
            ],
            wide: [
              rs.template.spec.containers.map((container) => container.name).join(','),
              rs.template.spec.containers.map((container) => container.image).join(','),
              Object.entries(rs.selector)
                .map(([key, value]) => `${key}=${value}`)
                .join(','),
            ],
            object,
          };
        }),
      };
    case 'daemonsets':
      return {
        namespaced: true,
        headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
        wideHeaders: [],
        rows: state.daemonSets.map((ds) => {
          const object = daemonSetObject(state, ds);
          // DaemonSets do not run on Fargate's micro-nodes.
          const desired = state.nodes.filter((node) => registered(node) && !isFargateNode(node)).length;
          const selector =
            Object.entries(ds.template.spec.nodeSelector)
              .map(([key, value]) => `${key}=${value}`)
              .join(',') || '<none>';
          return {
            name: ds.name,
            namespace: ds.namespace,
            cells: [
              ds.name,
              String(desired),
              String(object.status.currentNumberScheduled),
              String(object.status.numberReady),
              String(object.status.currentNumberScheduled),
              String(object.status.numberReady),
              selector,
              age(ds.createdAt),
            ],
            wide: [],
            object,
          };
        }),
      };
    default:
      return null;
  }
}
