import { fillNodegroup } from './nodes';
import { nodeSize } from './node-sizes';
import { podObject } from './pods';
import { matchesSelector, podRequests, tolerates } from './pod-requests';
import type { Nodegroup, Pod } from './types';
import { recordEvent, type World } from './world';

/**
 * The Cluster Autoscaler, when the learner has installed it (a `cluster-autoscaler` Deployment in
 * kube-system, as its Helm chart or manifest creates): every 10 s it looks at pods the scheduler
 * could not place, works out how many new nodes of each node group would hold them, and raises
 * that group's desired size within its maximum. Its expander here is least-waste (the node group
 * left with the least idle CPU and memory). Scale-down is not simulated.
 */

export const SCAN_INTERVAL_MS = 10_000;
export const AUTOSCALER_NAME = 'cluster-autoscaler';

export function autoscalerRunning(world: { readonly pods: readonly Pod[] }): boolean {
  return world.pods.some(
    (pod) =>
      pod.namespace === 'kube-system' &&
      pod.labels['app'] === AUTOSCALER_NAME &&
      pod.ready &&
      pod.deletedAt === null,
  );
}

/** What a new node of the group offers pods once the DaemonSets (VPC CNI, kube-proxy) take their share. */
function freshNode(world: World, group: Nodegroup) {
  const size = nodeSize(group.instanceType);
  if (size === undefined) return null;
  let cpu = size.allocatable.cpu;
  let memory = size.allocatable.memory;
  let pods = size.allocatable.pods;
  for (const daemonSet of world.daemonSets) {
    const requests = podRequests(daemonSet.template.spec);
    cpu -= requests.cpu;
    memory -= requests.memory;
    pods -= 1;
  }
  const labels = {
    'eks.amazonaws.com/nodegroup': group.name,
    'node.kubernetes.io/instance-type': group.instanceType,
    ...group.labels,
  };
  return { cpu, memory, pods, labels };
}

function fitsTemplate(pod: Pod, group: Nodegroup, labels: Readonly<Record<string, string>>): boolean {
  return (
    matchesSelector(
      labels,
      Object.fromEntries(
        Object.entries(pod.spec.nodeSelector).filter(([key]) => key !== 'topology.kubernetes.io/zone'),
      ),
    ) &&
    group.taints.every(
      (taint) => taint.effect === 'PreferNoSchedule' || tolerates(pod.spec.tolerations, taint),
    )
  );
}

/** First-fit of the pending pods onto new nodes of one group: how many nodes, and how much would sit idle. */
function plan(world: World, group: Nodegroup, pending: readonly Pod[]) {
  const node = freshNode(world, group);
  if (node === null) return null;
  const bins: { cpu: number; memory: number; pods: number }[] = [];
  const placed: Pod[] = [];
  for (const pod of pending) {
    if (!fitsTemplate(pod, group, node.labels)) continue;
    const requests = podRequests(pod.spec);
    if (requests.cpu > node.cpu || requests.memory > node.memory) continue;
    let bin = bins.find(
      (candidate) =>
        candidate.cpu >= requests.cpu && candidate.memory >= requests.memory && candidate.pods >= 1,
    );
    if (bin === undefined) {
      if (group.desiredSize + bins.length >= group.maxSize) continue;
      bin = { cpu: node.cpu, memory: node.memory, pods: node.pods };
      bins.push(bin);
    }
    bin.cpu -= requests.cpu;
    bin.memory -= requests.memory;
    bin.pods -= 1;
    placed.push(pod);
  }
  if (bins.length === 0) return null;
  const waste = bins.reduce((sum, bin) => sum + bin.cpu / node.cpu + bin.memory / node.memory, 0);
  return { group, nodes: bins.length, placed, waste };
}

/** One scan: scale up the group that holds the pending pods with the least waste. */
export function runAutoscaler(world: World): void {
  if (world.now % SCAN_INTERVAL_MS !== 0 || !autoscalerRunning(world)) return;
  const pending = world.pods.filter(
    // A pod waiting for Fargate is no node group's to answer.
    (pod) =>
      pod.nodeName === null &&
      pod.deletedAt === null &&
      pod.spec.schedulerName === undefined &&
      pod.lastScheduling?.message,
  );
  if (pending.length === 0) return;
  const launching = world.nodes.some((node) => node.joinsAt !== null);
  // Nodes already on their way may be enough: the autoscaler waits for them rather than over-scaling.
  if (launching) return;
  const plans = world.nodegroups
    .filter((group) => group.status === 'ACTIVE')
    .map((group) => plan(world, group, pending))
    .filter((candidate) => candidate !== null)
    .sort((a, b) => a.waste - b.waste || a.nodes - b.nodes);
  const best = plans[0];
  if (best === undefined) {
    for (const pod of pending)
      recordEvent(world, {
        type: 'Normal',
        reason: 'NotTriggerScaleUp',
        object: podObject(pod),
        namespace: pod.namespace,
        source: 'cluster-autoscaler',
        message: `pod didn't trigger scale-up: ${world.nodegroups.length} node group(s) could not hold it (too small, at their maximum, or it does not tolerate their taints)`,
        kind: 'autoscaler-no-scale-up',
      });
    return;
  }
  const { group } = best;
  const desiredSize = group.desiredSize + best.nodes;
  const updated = { ...group, desiredSize };
  world.nodegroups = world.nodegroups.map((candidate) => (candidate === group ? updated : candidate));
  for (const pod of best.placed)
    recordEvent(world, {
      type: 'Normal',
      reason: 'TriggeredScaleUp',
      object: podObject(pod),
      namespace: pod.namespace,
      source: 'cluster-autoscaler',
      message: `pod triggered scale-up: [{eks-${group.name} ${group.desiredSize}->${desiredSize} (max: ${group.maxSize})}]`,
      kind: 'autoscaler-scale-up',
    });
  fillNodegroup(world, updated);
}

/** The next scan, while the autoscaler runs and pods wait. */
export function nextScanAt(state: { readonly pods: readonly Pod[]; readonly now: number }): number | null {
  if (!autoscalerRunning(state)) return null;
  if (!state.pods.some((pod) => pod.nodeName === null && pod.deletedAt === null)) return null;
  return (Math.floor(state.now / SCAN_INTERVAL_MS) + 1) * SCAN_INTERVAL_MS;
}
