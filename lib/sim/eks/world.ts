import type { SimEvent } from '../core/types';
import type { Rng } from '../core/rng';
import type { PodIdentityAssociation, ServiceAccount } from './identity-types';
import type { DeploymentLoad, EksAddon, HorizontalPodAutoscaler, MetricsScrape } from './autoscaling-types';
import type { Ingress } from './ingress-types';
import type { Namespace } from './namespace-types';
import type { NodeClaim, NodePool } from './karpenter-types';
import type {
  Cluster,
  DaemonSet,
  Deployment,
  EksState,
  FargateProfile,
  KubeEvent,
  KubeNode,
  Nodegroup,
  Pod,
  ReplicaSet,
  Service,
} from './types';

/**
 * A working copy of the state for one command or one instant: arrays copied so rules can replace
 * entries in place, events collected as they happen. `closeWorld` freezes it back into state.
 */
export interface World {
  now: number;
  readonly seed: number;
  rng: Rng;
  cluster: Cluster | null;
  nodegroups: Nodegroup[];
  nodes: KubeNode[];
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
  daemonSets: DaemonSet[];
  services: Service[];
  pods: Pod[];
  kubeEvents: KubeEvent[];
  nextIp: number;
  kubeconfig: string | null;
  loads: DeploymentLoad[];
  metrics: MetricsScrape | null;
  hpas: HorizontalPodAutoscaler[];
  addons: EksAddon[];
  ingresses: Ingress[];
  nodePools: NodePool[];
  nodeClaims: NodeClaim[];
  fargateProfiles: FargateProfile[];
  serviceAccounts: ServiceAccount[];
  podIdentityAssociations: PodIdentityAssociation[];
  namespaces: Namespace[];
  readonly events: SimEvent[];
  /** Where each pod sits in `pods`, rebuilt when the array is replaced (not part of the state). */
  podSlots: { array: Pod[]; slots: Map<string, number> } | null;
}

/** `kubectl get events` keeps about an hour; the simulator keeps the newest few hundred. */
const KEPT_KUBE_EVENTS = 400;

export function openWorld(state: EksState): World {
  return {
    now: state.now,
    seed: state.seed,
    rng: state.rng,
    cluster: state.cluster,
    nodegroups: [...state.nodegroups],
    nodes: [...state.nodes],
    deployments: [...state.deployments],
    replicaSets: [...state.replicaSets],
    daemonSets: [...state.daemonSets],
    services: [...state.services],
    pods: [...state.pods],
    kubeEvents: [...state.kubeEvents],
    nextIp: state.nextIp,
    kubeconfig: state.kubeconfig,
    loads: [...state.loads],
    metrics: state.metrics,
    hpas: [...state.hpas],
    addons: [...state.addons],
    ingresses: [...state.ingresses],
    nodePools: [...state.nodePools],
    nodeClaims: [...state.nodeClaims],
    fargateProfiles: [...state.fargateProfiles],
    serviceAccounts: [...state.serviceAccounts],
    podIdentityAssociations: [...state.podIdentityAssociations],
    namespaces: [...state.namespaces],
    events: [],
    podSlots: null,
  };
}

export function closeWorld(world: World): { state: EksState; events: readonly SimEvent[] } {
  const { events, podSlots: _slots, ...rest } = world;
  const kubeEvents =
    rest.kubeEvents.length > KEPT_KUBE_EVENTS ? rest.kubeEvents.slice(-KEPT_KUBE_EVENTS) : rest.kubeEvents;
  return { state: { ...rest, kubeEvents }, events };
}

/** The pod's index in `world.pods`, found through a map rather than a scan: clusters run thousands of pods. */
export function podSlot(world: World, uid: string): number {
  if (world.podSlots === null || world.podSlots.array !== world.pods) {
    const slots = new Map<string, number>();
    world.pods.forEach((pod, index) => slots.set(pod.uid, index));
    world.podSlots = { array: world.pods, slots };
  }
  const index = world.podSlots.slots.get(uid);
  if (index !== undefined && world.pods[index]?.uid === uid) return index;
  return world.pods.findIndex((pod) => pod.uid === uid);
}

export function podByUid(world: World, uid: string): Pod | undefined {
  const index = podSlot(world, uid);
  return index >= 0 ? world.pods[index] : undefined;
}

export function replacePod(world: World, pod: Pod): void {
  const index = podSlot(world, pod.uid);
  if (index >= 0) world.pods[index] = pod;
}

/** Adds a pod, keeping the slot map current. */
export function addPod(world: World, pod: Pod): void {
  world.pods.push(pod);
  if (world.podSlots !== null && world.podSlots.array === world.pods)
    world.podSlots.slots.set(pod.uid, world.pods.length - 1);
}

export function replaceNode(world: World, node: KubeNode): void {
  const index = world.nodes.findIndex((candidate) => candidate.name === node.name);
  if (index >= 0) world.nodes[index] = node;
}

export function replaceReplicaSet(world: World, replicaSet: ReplicaSet): void {
  const index = world.replicaSets.findIndex(
    (candidate) => candidate.name === replicaSet.name && candidate.namespace === replicaSet.namespace,
  );
  if (index >= 0) world.replicaSets[index] = replicaSet;
}

interface EventInput {
  readonly type: KubeEvent['type'];
  readonly reason: string;
  readonly object: string;
  readonly namespace: string;
  readonly source: string;
  readonly message: string;
  /** The event log's level; Warning events default to `warning`, Normal ones to `info`. */
  readonly level?: SimEvent['level'];
  /** A stable kind for tests; defaults to the reason. */
  readonly kind?: string;
}

/**
 * Records a Kubernetes event (what `kubectl describe` and `kubectl get events` list) and the same
 * line in the simulator's event log. A repeat of a recent event for the object (same reason and
 * message) counts up, as Kubernetes aggregates them, and moves last, as describe orders events by
 * their last time.
 */
export function recordEvent(world: World, input: EventInput): void {
  // Only recent events are looked at: a repeat is aggregated when it follows soon, as in practice.
  let index = -1;
  for (let at = world.kubeEvents.length - 1; at >= Math.max(0, world.kubeEvents.length - 20); at -= 1) {
    const event = world.kubeEvents[at];
    if (
      event?.object === input.object &&
      event.namespace === input.namespace &&
      event.reason === input.reason &&
      event.message === input.message
    ) {
      index = at;
      break;
    }
  }
  const last = world.kubeEvents[index];
  if (last !== undefined) {
    world.kubeEvents.splice(index, 1);
    world.kubeEvents.push({ ...last, count: last.count + 1, lastAt: world.now });
  } else {
    world.kubeEvents.push({
      at: world.now,
      type: input.type,
      reason: input.reason,
      object: input.object,
      namespace: input.namespace,
      source: input.source,
      message: input.message,
      count: 1,
      lastAt: world.now,
    });
    if (world.kubeEvents.length > 2 * KEPT_KUBE_EVENTS)
      world.kubeEvents = world.kubeEvents.slice(-KEPT_KUBE_EVENTS);
  }
  world.events.push({
    at: world.now,
    kind: input.kind ?? input.reason,
    level: input.level ?? (input.type === 'Warning' ? 'warning' : 'info'),
    message: `${input.reason} ${input.object}: ${input.message}`,
  });
}

/** A simulator-only log line (the control plane, node groups), not a Kubernetes event. */
export function logEvent(
  world: World,
  kind: string,
  message: string,
  level: SimEvent['level'] = 'info',
): void {
  world.events.push({ at: world.now, kind, level, message });
}
