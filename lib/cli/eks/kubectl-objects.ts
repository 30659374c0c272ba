import { SIM_EPOCH_MS } from '../../sim/core/calendar';
import { formatCpu } from '../../sim/eks/quantity';
import type { DaemonSet, Deployment, EksState, KubeNode, Pod, ReplicaSet } from '../../sim/eks/types';
import { KUBELET_VERSION } from '../../sim/eks/figures';
import { podSpec } from './kubectl-pod-spec';

/**
 * The objects as the API server returns them, for `-o yaml` and `-o json`: the fields this
 * simulator keeps, under their Kubernetes names. Times are on the course's simulated calendar.
 */

export const timestamp = (ms: number) => new Date(SIM_EPOCH_MS + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function podObject(pod: Pod) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: pod.name,
      namespace: pod.namespace,
      uid: pod.uid,
      labels: pod.labels,
      ...(pod.annotations === undefined ? {} : { annotations: pod.annotations }),
      creationTimestamp: timestamp(pod.createdAt),
      ...(pod.deletedAt === null ? {} : { deletionTimestamp: timestamp(pod.deletedAt) }),
      ...(pod.owner === null
        ? {}
        : {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: pod.owner.kind, name: pod.owner.name, controller: true },
            ],
          }),
    },
    spec: { ...podSpec(pod.spec), ...(pod.nodeName === null ? {} : { nodeName: pod.nodeName }) },
    status: {
      phase: pod.phase,
      ...(pod.ip === null ? {} : { podIP: pod.ip }),
      conditions: [
        {
          type: 'PodScheduled',
          status: pod.nodeName === null ? 'False' : 'True',
          ...(pod.nodeName === null && pod.lastScheduling?.message
            ? { reason: 'Unschedulable', message: pod.lastScheduling.message }
            : {}),
        },
        { type: 'Ready', status: pod.ready ? 'True' : 'False' },
      ],
      containerStatuses:
        pod.nodeName === null
          ? undefined
          : pod.spec.containers.map((container) => ({
              name: container.name,
              image: container.image,
              ready: pod.ready,
              restartCount: pod.restarts,
              state:
                pod.container.state === 'running'
                  ? { running: { startedAt: timestamp(pod.container.since) } }
                  : pod.container.state === 'terminated'
                    ? { terminated: { reason: pod.container.reason, exitCode: pod.container.exitCode } }
                    : { waiting: { reason: pod.container.reason } },
              ...(pod.lastExit === null
                ? {}
                : {
                    lastState: {
                      terminated: {
                        reason: pod.lastExit.reason,
                        exitCode: pod.lastExit.exitCode,
                        finishedAt: timestamp(pod.lastExit.at),
                      },
                    },
                  }),
            })),
    },
  };
}

export function nodeObject(node: KubeNode) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name, labels: node.labels, creationTimestamp: timestamp(node.createdAt) },
    spec: {
      providerID: `aws:///${node.zone}/${node.instanceId}`,
      ...(node.unschedulable ? { unschedulable: true } : {}),
      ...(node.taints.length > 0
        ? {
            taints: node.taints.map(({ addedAt, ...taint }) => ({
              ...taint,
              ...(addedAt === undefined ? {} : { timeAdded: timestamp(addedAt) }),
            })),
          }
        : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: node.internalIp },
        { type: 'Hostname', address: node.name },
      ],
      allocatable: {
        cpu: formatCpu(node.allocatable.cpu),
        memory: `${node.allocatable.memory}Mi`,
        pods: String(node.allocatable.pods),
      },
      capacity: {
        cpu: formatCpu(node.capacity.cpu),
        memory: `${node.capacity.memory}Mi`,
        pods: String(node.capacity.pods),
      },
      conditions: [
        {
          type: 'Ready',
          status: node.ready,
          reason: node.ready === 'True' ? 'KubeletReady' : 'NodeStatusUnknown',
        },
      ],
      nodeInfo: {
        kubeletVersion: KUBELET_VERSION,
        containerRuntimeVersion: 'containerd://2.1.4',
        osImage: 'Amazon Linux 2023.9.20251105',
      },
    },
  };
}

export function deploymentObject(state: EksState, deployment: Deployment) {
  const pods = state.pods.filter(
    (pod) =>
      pod.namespace === deployment.namespace &&
      pod.owner?.kind === 'ReplicaSet' &&
      state.replicaSets.some((rs) => rs.name === pod.owner?.name && rs.deployment === deployment.name) &&
      pod.deletedAt === null,
  );
  const ready = pods.filter((pod) => pod.ready).length;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: deployment.name,
      namespace: deployment.namespace,
      generation: deployment.generation,
      creationTimestamp: timestamp(deployment.createdAt),
    },
    spec: {
      replicas: deployment.replicas,
      selector: { matchLabels: deployment.selector },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: deployment.maxSurge, maxUnavailable: deployment.maxUnavailable },
      },
      template: { metadata: { labels: deployment.template.labels }, spec: podSpec(deployment.template.spec) },
    },
    status: {
      replicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      unavailableReplicas: Math.max(0, deployment.replicas - ready),
    },
  };
}

export function replicaSetObject(state: EksState, rs: ReplicaSet) {
  const pods = state.pods.filter(
    (pod) =>
      pod.owner?.kind === 'ReplicaSet' &&
      pod.owner.name === rs.name &&
      pod.namespace === rs.namespace &&
      pod.deletedAt === null,
  );
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: rs.name,
      namespace: rs.namespace,
      annotations: { 'deployment.kubernetes.io/revision': String(rs.revision) },
      ...(rs.deployment === null
        ? {}
        : {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'Deployment', name: rs.deployment, controller: true },
            ],
          }),
      creationTimestamp: timestamp(rs.createdAt),
    },
    spec: {
      replicas: rs.replicas,
      selector: { matchLabels: rs.selector },
      template: { metadata: { labels: rs.template.labels }, spec: podSpec(rs.template.spec) },
    },
    status: { replicas: pods.length, readyReplicas: pods.filter((pod) => pod.ready).length },
  };
}

export function daemonSetObject(state: EksState, ds: DaemonSet) {
  const pods = state.pods.filter(
    (pod) =>
      pod.owner?.kind === 'DaemonSet' &&
      pod.owner.name === ds.name &&
      pod.namespace === ds.namespace &&
      pod.deletedAt === null,
  );
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: ds.name, namespace: ds.namespace, creationTimestamp: timestamp(ds.createdAt) },
    spec: {
      selector: { matchLabels: ds.selector },
      template: { metadata: { labels: ds.template.labels }, spec: podSpec(ds.template.spec) },
    },
    status: { currentNumberScheduled: pods.length, numberReady: pods.filter((pod) => pod.ready).length },
  };
}
