import type { SimEvent } from '../core/types';
import type { Rng } from '../core/rng';
import type {
  Cluster,
  DaemonSet,
  Deployment,
  EksState,
  KubeEvent,
  KubeNode,
  Nodegroup,
  Pod,
  ReplicaSet,
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
  pods: Pod[];
  kubeEvents: KubeEvent[];
  nextIp: number;
  kubeconfig: string | null;
  readonly events: SimEvent[];
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
    pods: [...state.pods],
    kubeEvents: [...state.kubeEvents],
    nextIp: state.nextIp,
    kubeconfig: state.kubeconfig,
    events: [],
  };
}

export function closeWorld(world: World): { state: EksState; events: readonly SimEvent[] } {
  const { events, ...rest } = world;
  const kubeEvents =
    rest.kubeEvents.length > KEPT_KUBE_EVENTS ? rest.kubeEvents.slice(-KEPT_KUBE_EVENTS) : rest.kubeEvents;
  return { state: { ...rest, kubeEvents }, events };
}

export function replacePod(world: World, pod: Pod): void {
  const index = world.pods.findIndex((candidate) => candidate.uid === pod.uid);
  if (index >= 0) world.pods[index] = pod;
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
 * line in the simulator's event log. A repeat of the newest event for the object counts up, as
 * Kubernetes aggregates them.
 */
export function recordEvent(world: World, input: EventInput): void {
  const last = world.kubeEvents.findLast(
    (event) => event.object === input.object && event.namespace === input.namespace,
  );
  if (last !== undefined && last.reason === input.reason && last.message === input.message) {
    const index = world.kubeEvents.lastIndexOf(last);
    world.kubeEvents[index] = { ...last, count: last.count + 1, lastAt: world.now };
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
