import { findImage, parseImageRef } from '../ecs/images';
import type { DeploymentLoad, NodeUsage, PodUsage } from './autoscaling-types';
import {
  ADDON_USAGE,
  DEFAULT_RPS_PER_VCPU,
  IDLE_CPU,
  NODE_SYSTEM_USAGE,
  UNKNOWN_IMAGE_MEMORY,
} from './scaling-figures';
import type { ContainerSpec, EksState, KubeNode, Pod } from './types';

/**
 * What pods and nodes actually use (what the kubelet measures and metrics-server reports), as
 * opposed to what they request. A Deployment under Dockyard's load (`chaos load`) has its requests
 * per second shared by its Ready pods, as a Service would share them; each request costs CPU at the
 * image's rate (the same catalogue figure the ECS simulator uses). A container cannot use more CPU
 * than its limit (CFS throttling), and pods on a full node share its CPU in proportion to demand.
 */

type UsageState = Pick<EksState, 'pods' | 'replicaSets' | 'loads' | 'now'>;

/** A small, fixed difference between pods (FNV-1a of the uid), so their figures do not all read alike. */
function wobble(uid: string, range: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < uid.length; index += 1) {
    hash ^= uid.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % range;
}

const addonUsage = (container: ContainerSpec) =>
  ADDON_USAGE[parseImageRef(container.image).repository.split('/').pop() ?? ''];

/** The Ready pods of a loaded Deployment: those its requests are shared by. */
export function servingPods(state: Pick<UsageState, 'pods' | 'replicaSets'>, load: DeploymentLoad): Pod[] {
  const sets = new Set(
    state.replicaSets
      .filter((rs) => rs.namespace === load.namespace && rs.deployment === load.deployment)
      .map((rs) => rs.name),
  );
  return state.pods.filter(
    (pod) =>
      pod.namespace === load.namespace &&
      pod.owner?.kind === 'ReplicaSet' &&
      sets.has(pod.owner.name) &&
      pod.ready &&
      pod.deletedAt === null,
  );
}

/** Requests per second each Ready pod of a loaded Deployment receives, by pod uid. */
export function loadShares(state: UsageState): Map<string, number> {
  const shares = new Map<string, number>();
  for (const load of state.loads) {
    if (load.rps <= 0) continue;
    const serving = servingPods(state, load);
    for (const pod of serving) shares.set(pod.uid, load.rps / serving.length);
  }
  return shares;
}

/** One running pod's CPU (millicores) and working set (MiB), before any node-level contention. */
export function podDemand(pod: Pod, rps: number, now: number): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  const servingIndex = Math.max(
    0,
    pod.spec.containers.findIndex((container) => findImage(container.image)?.listensOn != null),
  );
  pod.spec.containers.forEach((container, index) => {
    const image = findImage(container.image);
    const addon = addonUsage(container);
    let used = addon?.cpu ?? IDLE_CPU;
    if (index === servingIndex && rps > 0) used += (rps / (image?.rpsPerVcpu ?? DEFAULT_RPS_PER_VCPU)) * 1000;
    if (container.limits.cpu !== undefined) used = Math.min(used, container.limits.cpu);
    cpu += used;
    let working = addon?.memory ?? image?.memoryMiB ?? UNKNOWN_IMAGE_MEMORY;
    const leak = image?.behaviour.leakMiBPerMinute;
    if (leak !== undefined && pod.container.state === 'running')
      working += (leak * (now - pod.container.since)) / 60_000;
    if (container.limits.memory !== undefined) working = Math.min(working, container.limits.memory);
    memory += working;
  });
  return { cpu: cpu + wobble(pod.uid, 2), memory: Math.round(memory) + wobble(pod.uid, 4) };
}

/** Pods whose containers run on this node (a Terminating pod runs until the kubelet stops it). */
const runningOn = (state: UsageState, node: KubeNode) =>
  state.pods.filter((pod) => pod.nodeName === node.name && pod.container.state === 'running');

/**
 * Every running pod's usage on the given nodes, and each node's total with the system's share.
 * When pods want more CPU than the node has, each gets its demand scaled to fit.
 */
export function measure(
  state: UsageState,
  nodes: readonly KubeNode[],
): { pods: PodUsage[]; nodes: NodeUsage[] } {
  const shares = loadShares(state);
  const pods: PodUsage[] = [];
  const totals: NodeUsage[] = [];
  for (const node of nodes) {
    const demands = runningOn(state, node).map((pod) => ({
      uid: pod.uid,
      ...podDemand(pod, shares.get(pod.uid) ?? 0, state.now),
    }));
    const wanted = demands.reduce((sum, demand) => sum + demand.cpu, 0);
    const available = node.capacity.cpu - NODE_SYSTEM_USAGE.cpu;
    const scale = wanted > available ? available / wanted : 1;
    let cpu = NODE_SYSTEM_USAGE.cpu;
    let memory = NODE_SYSTEM_USAGE.memory;
    for (const demand of demands) {
      const used = { uid: demand.uid, cpu: Math.round(demand.cpu * scale), memory: demand.memory };
      pods.push(used);
      cpu += used.cpu;
      memory += used.memory;
    }
    totals.push({ name: node.name, cpu, memory });
  }
  return { pods, nodes: totals };
}
