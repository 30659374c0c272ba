import { ec2InstanceId } from '../core/ids';
import { pickInRange } from '../core/rng';
import type { CommandError } from '../core/types';
import { NODE_JOIN_MS, NODE_MONITOR_GRACE_MS } from './figures';
import { nodeNameFor, zoneIp } from './names';
import { nodeSize } from './node-sizes';
import { deletePod, podObject } from './pods';
import { registered, tolerates } from './pod-requests';
import type { KubeNode, Nodegroup, Pod, Taint } from './types';
import { logEvent, recordEvent, replaceNode, replacePod, type World } from './world';

export const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

const UNSCHEDULABLE_TAINT: Taint = {
  key: 'node.kubernetes.io/unschedulable',
  value: '',
  effect: 'NoSchedule',
};
export const UNREACHABLE = 'node.kubernetes.io/unreachable';

export const nodeObject = (node: Pick<KubeNode, 'name'>) => `node/${node.name}`;

/**
 * Launches one EC2 instance as a worker node: its id, its address in the zone, its name from the
 * address; it joins the cluster when it has booted (70 to 110 s). `labels` gets the node's name.
 */
export function launchEc2Node(
  world: World,
  spec: {
    readonly instanceType: string;
    readonly zone: string;
    readonly nodegroup: string;
    readonly taints: readonly Taint[];
    readonly labels: (name: string) => Readonly<Record<string, string>>;
  },
): KubeNode {
  const size = nodeSize(spec.instanceType);
  if (size === undefined) throw new Error(`unknown instance type ${spec.instanceType}`);
  const [instanceId, afterId] = ec2InstanceId(world.rng);
  const [joinMs, afterJoin] = pickInRange(afterId, NODE_JOIN_MS);
  world.rng = afterJoin;
  const ip = zoneIp(spec.zone, world.nextIp);
  world.nextIp += 1;
  const name = nodeNameFor(ip);
  const node: KubeNode = {
    name,
    instanceId,
    nodegroup: spec.nodegroup,
    instanceType: spec.instanceType,
    zone: spec.zone,
    internalIp: ip,
    labels: spec.labels(name),
    taints: spec.taints,
    unschedulable: false,
    allocatable: size.allocatable,
    capacity: size.capacity,
    ready: 'False',
    createdAt: world.now,
    joinsAt: world.now + joinMs,
    lastHeartbeat: null,
  };
  world.nodes.push(node);
  return node;
}

/** Launches one EC2 instance of a node group in a zone. */
function launchNode(world: World, group: Nodegroup, zone: string): KubeNode {
  const architecture = nodeSize(group.instanceType)?.spec.architecture;
  return launchEc2Node(world, {
    instanceType: group.instanceType,
    zone,
    nodegroup: group.name,
    taints: group.taints,
    labels: (name) => ({
      'eks.amazonaws.com/nodegroup': group.name,
      'kubernetes.io/hostname': name,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': architecture === 'arm64' ? 'arm64' : 'amd64',
      'node.kubernetes.io/instance-type': group.instanceType,
      'topology.kubernetes.io/region': 'us-east-1',
      'topology.kubernetes.io/zone': zone,
      ...group.labels,
    }),
  });
}

/** Adds nodes to reach the group's desired size, spread across the zones in turn (the ASG's balancing). */
export function fillNodegroup(world: World, group: Nodegroup): void {
  const members = world.nodes.filter((node) => node.nodegroup === group.name);
  for (let count = members.length; count < group.desiredSize; count += 1) {
    const zones = group.zones.length > 0 ? group.zones : ZONES;
    const perZone = zones.map(
      (zone) => world.nodes.filter((node) => node.nodegroup === group.name && node.zone === zone).length,
    );
    const zone = zones[perZone.indexOf(Math.min(...perZone))] ?? ZONES[0];
    launchNode(world, group, zone);
  }
}

function nodeReadyEvent(world: World, node: KubeNode): void {
  recordEvent(world, {
    type: 'Normal',
    reason: 'NodeReady',
    object: nodeObject(node),
    namespace: 'default',
    source: `kubelet, ${node.name}`,
    message: `Node ${node.name} status is now: NodeReady`,
    kind: 'node-ready',
    level: 'success',
  });
}

/** The kubelet registered and the VPC CNI is ready: the node is Ready and takes pods. */
export function joinNode(world: World, node: KubeNode): void {
  // A Node object exists from the kubelet's registration: its age counts from there.
  replaceNode(world, { ...node, joinsAt: null, ready: 'True', createdAt: world.now });
  nodeReadyEvent(world, node);
  const group = world.nodegroups.find((candidate) => candidate.name === node.nodegroup);
  const waiting = world.nodes.some((other) => other.nodegroup === node.nodegroup && other.joinsAt !== null);
  if (group !== undefined && group.status === 'CREATING' && !waiting) {
    world.nodegroups = world.nodegroups.map((candidate) =>
      candidate === group ? { ...group, status: 'ACTIVE' } : candidate,
    );
    logEvent(world, 'nodegroup-active', `Node group ${group.name} is ACTIVE`, 'success');
  }
}

export function findNode(world: Pick<World, 'nodes'>, name: string): KubeNode | undefined {
  return world.nodes.find((node) => node.name === name && registered(node));
}

export function nodeNotFound(name: string): CommandError {
  return { code: 'NotFound', message: `nodes "${name}" not found` };
}

/** kubectl cordon / uncordon: the node takes no new pods (its own pods stay). */
export function setUnschedulable(world: World, name: string, unschedulable: boolean): CommandError | null {
  const node = findNode(world, name);
  if (node === undefined) return nodeNotFound(name);
  if (node.unschedulable === unschedulable) return null;
  const taints = unschedulable
    ? [...node.taints, { ...UNSCHEDULABLE_TAINT, addedAt: world.now }]
    : node.taints.filter((taint) => taint.key !== UNSCHEDULABLE_TAINT.key);
  replaceNode(world, { ...node, unschedulable, taints });
  recordEvent(world, {
    type: 'Normal',
    reason: unschedulable ? 'NodeNotSchedulable' : 'NodeSchedulable',
    object: nodeObject(node),
    namespace: 'default',
    source: `kubelet, ${node.name}`,
    message: `Node ${node.name} status is now: ${unschedulable ? 'NodeNotSchedulable' : 'NodeSchedulable'}`,
    kind: unschedulable ? 'node-cordoned' : 'node-uncordoned',
  });
  return null;
}

/** Chaos: the instance stops answering; its kubelet posts no more heartbeats from now. */
export function failNode(world: World, name: string): CommandError | null {
  const node = findNode(world, name);
  if (node === undefined) return nodeNotFound(name);
  if (node.lastHeartbeat !== null) return null;
  replaceNode(world, { ...node, lastHeartbeat: world.now });
  logEvent(
    world,
    'node-failed',
    `Instance ${node.instanceId} (${node.name}) stopped answering (simulated): its kubelet posts no more status`,
    'error',
  );
  return null;
}

/** Chaos undone: heartbeats resume, the node is Ready again and finishes deleting what was evicted. */
export function restoreNode(world: World, name: string): CommandError | null {
  const node = findNode(world, name);
  if (node === undefined) return nodeNotFound(name);
  if (node.lastHeartbeat === null) return null;
  replaceNode(world, {
    ...node,
    lastHeartbeat: null,
    ready: 'True',
    taints: node.taints.filter((taint) => taint.key !== UNREACHABLE),
  });
  if (node.ready !== 'True') nodeReadyEvent(world, node);
  for (const pod of [...world.pods]) {
    if (pod.nodeName !== node.name) continue;
    // Evicted while the node was silent: the kubelet now confirms the deletion.
    if (pod.deletedAt !== null && pod.goneAt === null) deletePod(world, { ...pod, deletedAt: null }, true);
    else if (pod.deletedAt === null && pod.phase === 'Running') replacePod(world, { ...pod, ready: true });
  }
  return null;
}

/** When the node lifecycle controller next acts on a silent node: NotReady, then each eviction. */
export function nextNodeChangeAt(world: {
  readonly nodes: readonly KubeNode[];
  readonly pods: readonly Pod[];
}): number | null {
  let next = Infinity;
  for (const node of world.nodes) {
    if (node.joinsAt !== null) next = Math.min(next, node.joinsAt);
    if (node.lastHeartbeat === null) continue;
    if (node.ready === 'True') next = Math.min(next, node.lastHeartbeat + NODE_MONITOR_GRACE_MS);
    const taint = node.taints.find(
      (candidate) => candidate.key === UNREACHABLE && candidate.effect === 'NoExecute',
    );
    if (taint === undefined) continue;
    for (const pod of world.pods) {
      if (pod.nodeName !== node.name || pod.deletedAt !== null) continue;
      const evictAt = evictionTime(pod.spec.tolerations, taint);
      if (evictAt !== null) next = Math.min(next, evictAt);
    }
  }
  return next === Infinity ? null : next;
}

/** When a NoExecute taint evicts a pod: at once without a toleration, after tolerationSeconds with one, never if it tolerates forever. */
function evictionTime(tolerations: Parameters<typeof tolerates>[0], taint: Taint): number | null {
  const added = taint.addedAt ?? 0;
  const matching = tolerations.filter((toleration) => tolerates([toleration], taint));
  if (matching.length === 0) return added;
  if (matching.some((toleration) => toleration.tolerationSeconds === undefined)) return null;
  return added + Math.min(...matching.map((toleration) => (toleration.tolerationSeconds ?? 0) * 1000));
}

/**
 * The node lifecycle controller (§7.5): a node silent for the grace period becomes NotReady
 * (Ready=Unknown) with the unreachable taints; each pod there is evicted when its toleration of
 * them runs out, and stays Terminating, since the kubelet cannot confirm.
 */
export function runNodeLifecycle(world: World): void {
  for (const node of [...world.nodes]) {
    if (node.joinsAt !== null && node.joinsAt <= world.now) joinNode(world, node);
  }
  for (const node of [...world.nodes]) {
    if (node.lastHeartbeat === null) continue;
    let current = node;
    if (
      current.ready === 'True' &&
      current.lastHeartbeat !== null &&
      current.lastHeartbeat + NODE_MONITOR_GRACE_MS <= world.now
    ) {
      current = {
        ...current,
        ready: 'Unknown',
        taints: [
          ...current.taints,
          { key: UNREACHABLE, value: '', effect: 'NoSchedule', addedAt: world.now },
          { key: UNREACHABLE, value: '', effect: 'NoExecute', addedAt: world.now },
        ],
      };
      replaceNode(world, current);
      recordEvent(world, {
        type: 'Normal',
        reason: 'NodeNotReady',
        object: nodeObject(current),
        namespace: 'default',
        source: 'node-controller',
        message: `Node ${current.name} status is now: NodeNotReady`,
        kind: 'node-not-ready',
        level: 'error',
      });
      for (const pod of world.pods)
        if (pod.nodeName === current.name && pod.ready) replacePod(world, { ...pod, ready: false });
    }
    const taint = current.taints.find(
      (candidate) => candidate.key === UNREACHABLE && candidate.effect === 'NoExecute',
    );
    if (taint === undefined) continue;
    for (const pod of [...world.pods]) {
      if (pod.nodeName !== current.name || pod.deletedAt !== null) continue;
      const evictAt = evictionTime(pod.spec.tolerations, taint);
      if (evictAt === null || evictAt > world.now) continue;
      recordEvent(world, {
        type: 'Normal',
        reason: 'TaintManagerEviction',
        object: podObject(pod),
        namespace: pod.namespace,
        source: 'taint-eviction-controller',
        message: `Marking for deletion Pod ${pod.namespace}/${pod.name}`,
        kind: 'pod-evicted',
        level: 'warning',
      });
      deletePod(world, pod, false);
    }
  }
}

/** Whether the node's kubelet answers (it can confirm a deletion). */
export function nodeAnswers(world: Pick<World, 'nodes'>, name: string | null): boolean {
  const node = world.nodes.find((candidate) => candidate.name === name);
  return node !== undefined && node.lastHeartbeat === null;
}
