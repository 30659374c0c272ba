import { ON_DEMAND_HOURLY_USD } from './instance-prices';
import type { NodeClaim, NodePool } from './karpenter-types';
import { nameSuffix } from './names';
import { launchEc2Node, ZONES } from './nodes';
import { NODE_INSTANCE_TYPES, nodeSize } from './node-sizes';
import { podObject } from './pods';
import { podRequests, registered } from './pod-requests';
import type { EksState, KubeNode, Pod } from './types';
import { logEvent, recordEvent, type World } from './world';

/**
 * Karpenter (karpenter.sh/v1), once its controller runs in kube-system and a NodePool exists: it
 * watches for pods the scheduler could not place, batches them (1 s without new ones, at most
 * 10 s), packs them onto as few new nodes as it can and asks EC2 directly (no Auto Scaling group)
 * for the cheapest instance type that holds each batch, within the NodePool's requirements and CPU
 * limit. It nominates the pods to the NodeClaim; the scheduler binds them when the node is Ready.
 * Consolidation (removing or replacing under-used nodes) is not simulated.
 */

export const KARPENTER_LABEL = { key: 'app.kubernetes.io/name', value: 'karpenter' } as const;
const BATCH_IDLE_MS = 1_000;
const BATCH_MAX_MS = 10_000;

export function karpenterRunning(state: Pick<EksState, 'pods'>): boolean {
  return state.pods.some(
    (pod) =>
      pod.namespace === 'kube-system' &&
      pod.labels[KARPENTER_LABEL.key] === KARPENTER_LABEL.value &&
      pod.ready &&
      pod.deletedAt === null,
  );
}

/** The labels a node of this type and zone would have, for requirements and nodeSelectors. */
function nodeLabels(pool: NodePool, type: string, zone: string): Record<string, string> {
  const size = nodeSize(type);
  return {
    ...pool.labels,
    'karpenter.sh/nodepool': pool.name,
    'karpenter.sh/capacity-type': 'on-demand',
    'karpenter.k8s.aws/instance-category': type.replace(/\d.*$/, ''),
    'node.kubernetes.io/instance-type': type,
    'kubernetes.io/arch': size?.spec.architecture === 'arm64' ? 'arm64' : 'amd64',
    'kubernetes.io/os': 'linux',
    'topology.kubernetes.io/zone': zone,
    'topology.kubernetes.io/region': 'us-east-1',
  };
}

const allowedBy = (pool: NodePool, labels: Readonly<Record<string, string>>) =>
  pool.requirements.every((requirement) => {
    const value = labels[requirement.key];
    const listed = value !== undefined && requirement.values.includes(value);
    return requirement.operator === 'In' ? listed : !listed;
  });

/** The instance types and zones a pod could get from this pool. */
function optionsFor(pool: NodePool, pod: Pod): { type: string; zone: string }[] {
  if (pod.spec.nodeAffinity?.required) return [];
  const options: { type: string; zone: string }[] = [];
  for (const type of NODE_INSTANCE_TYPES) {
    if (ON_DEMAND_HOURLY_USD[type] === undefined) continue;
    for (const zone of ZONES) {
      const labels = nodeLabels(pool, type, zone);
      if (!allowedBy(pool, labels)) continue;
      if (Object.entries(pod.spec.nodeSelector).every(([key, value]) => labels[key] === value))
        options.push({ type, zone });
    }
  }
  return options;
}

interface Claim {
  options: { type: string; zone: string }[];
  pods: Pod[];
  cpu: number;
  memory: number;
}

/** Whether a node of this type holds these requests beside the DaemonSets' pods. */
function holds(world: World, type: string, cpu: number, memory: number, pods: number): boolean {
  const size = nodeSize(type);
  if (size === undefined) return false;
  let daemonCpu = 0;
  let daemonMemory = 0;
  for (const daemonSet of world.daemonSets) {
    const requests = podRequests(daemonSet.template.spec);
    daemonCpu += requests.cpu;
    daemonMemory += requests.memory;
  }
  return (
    cpu + daemonCpu <= size.allocatable.cpu &&
    memory + daemonMemory <= size.allocatable.memory &&
    pods + world.daemonSets.length <= size.allocatable.pods
  );
}

const price = (type: string) => ON_DEMAND_HOURLY_USD[type] ?? Infinity;

/** First-fit, biggest pods first: a pod joins a claim while some instance type still holds them all. */
function pack(world: World, pool: NodePool, pending: readonly Pod[]): Claim[] {
  const claims: Claim[] = [];
  const sorted = [...pending].sort(
    (a, b) =>
      podRequests(b.spec).cpu - podRequests(a.spec).cpu ||
      podRequests(b.spec).memory - podRequests(a.spec).memory,
  );
  for (const pod of sorted) {
    const requests = podRequests(pod.spec);
    const fitting = optionsFor(pool, pod);
    let placed = false;
    for (const claim of claims) {
      const options = claim.options.filter(
        (option) =>
          fitting.some((own) => own.type === option.type && own.zone === option.zone) &&
          holds(
            world,
            option.type,
            claim.cpu + requests.cpu,
            claim.memory + requests.memory,
            claim.pods.length + 1,
          ),
      );
      if (options.length === 0) continue;
      Object.assign(claim, {
        options,
        pods: [...claim.pods, pod],
        cpu: claim.cpu + requests.cpu,
        memory: claim.memory + requests.memory,
      });
      placed = true;
      break;
    }
    if (placed) continue;
    const options = fitting.filter((option) => holds(world, option.type, requests.cpu, requests.memory, 1));
    if (options.length > 0) claims.push({ options, pods: [pod], cpu: requests.cpu, memory: requests.memory });
  }
  return claims;
}

/** EC2 launches the instance now; it boots and registers as an ordinary node. */
function launch(world: World, pool: NodePool, type: string, zone: string): KubeNode {
  return launchEc2Node(world, {
    instanceType: type,
    zone,
    nodegroup: '',
    taints: [],
    labels: (name) => ({ ...nodeLabels(pool, type, zone), 'kubernetes.io/hostname': name }),
  });
}

function poolCpu(world: World, pool: NodePool): number {
  const names = new Set(
    world.nodeClaims.filter((claim) => claim.nodePool === pool.name).map((claim) => claim.nodeName),
  );
  return world.nodes.filter((node) => names.has(node.name)).reduce((sum, node) => sum + node.capacity.cpu, 0);
}

/** Pods the scheduler could not place that no NodeClaim already waits for. */
function unplaced(world: World): Pod[] {
  const nominated = new Set(world.nodeClaims.flatMap((claim) => claim.pods));
  return world.pods.filter(
    (pod) =>
      pod.nodeName === null &&
      pod.deletedAt === null &&
      pod.lastScheduling?.message &&
      !nominated.has(pod.uid),
  );
}

/** At each whole second while Karpenter runs: a batch of unplaced pods, once it is complete, gets nodes. */
export function runKarpenter(world: World): void {
  if (world.now % BATCH_IDLE_MS !== 0 || world.nodePools.length === 0 || !karpenterRunning(world)) return;
  const pending = unplaced(world);
  if (pending.length === 0) return;
  const newest = Math.max(...pending.map((pod) => pod.lastScheduling?.at ?? pod.createdAt));
  const oldest = Math.min(...pending.map((pod) => pod.createdAt));
  if (world.now - newest < BATCH_IDLE_MS && world.now - oldest < BATCH_MAX_MS) return;
  let left = pending;
  for (const pool of [...world.nodePools].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const claim of pack(world, pool, left)) {
      const [choice] = [...claim.options].sort(
        (a, b) =>
          price(a.type) - price(b.type) || a.type.localeCompare(b.type) || a.zone.localeCompare(b.zone),
      );
      if (choice === undefined) continue;
      const cpu = nodeSize(choice.type)?.capacity.cpu ?? 0;
      if (pool.cpuLimit !== null && poolCpu(world, pool) + cpu > pool.cpuLimit) continue;
      const [suffix, next] = nameSuffix(world.rng);
      world.rng = next;
      const node = launch(world, pool, choice.type, choice.zone);
      const nodeClaim: NodeClaim = {
        name: `${pool.name}-${suffix}`,
        nodePool: pool.name,
        instanceType: choice.type,
        zone: choice.zone,
        nodeName: node.name,
        pods: claim.pods.map((pod) => pod.uid),
        createdAt: world.now,
      };
      world.nodeClaims.push(nodeClaim);
      logEvent(
        world,
        'karpenter-launched',
        `Karpenter: launched nodeclaim ${nodeClaim.name} (${choice.type}, ${choice.zone}, $${price(choice.type)}/hour) for ${claim.pods.length} pod(s)`,
      );
      for (const pod of claim.pods)
        recordEvent(world, {
          type: 'Normal',
          reason: 'Nominated',
          object: podObject(pod),
          namespace: pod.namespace,
          source: 'karpenter',
          message: `Pod should schedule on: nodeclaim/${nodeClaim.name}`,
          kind: 'karpenter-nominated',
        });
      const taken = new Set(claim.pods.map((pod) => pod.uid));
      left = left.filter((pod) => !taken.has(pod.uid));
    }
  }
}

/** A NodeClaim's pods are placed (or gone) once its node has registered: it nominates no more. */
export function releaseNominations(world: World): void {
  if (world.nodeClaims.length === 0) return;
  world.nodeClaims = world.nodeClaims.map((claim) => {
    if (claim.pods.length === 0) return claim;
    const node = world.nodes.find((candidate) => candidate.name === claim.nodeName);
    return node === undefined || registered(node) ? { ...claim, pods: [] } : claim;
  });
}

/** The next batch check: every second while Karpenter could provision for a waiting pod. */
export function nextKarpenterAt(
  state: Pick<EksState, 'now' | 'pods' | 'nodePools' | 'nodeClaims'>,
): number | null {
  if (state.nodePools.length === 0 || !karpenterRunning(state)) return null;
  const nominated = new Set(state.nodeClaims.flatMap((claim) => claim.pods));
  const waiting = state.pods.some(
    (pod) =>
      pod.nodeName === null &&
      pod.deletedAt === null &&
      pod.lastScheduling?.message &&
      !nominated.has(pod.uid),
  );
  return waiting ? (Math.floor(state.now / BATCH_IDLE_MS) + 1) * BATCH_IDLE_MS : null;
}
