import { nodeAnswers } from './nodes';
import { createPod, deletePod, isActive, removeGonePods } from './pods';
import { matchesSelector, registered, tolerates } from './pod-requests';
import { requiredAffinityMatches } from './node-affinity';
import { isFargateNode } from './fargate-pods';
import { runFargateScheduler } from './fargate-scheduler';
import { schedulePending } from './scheduling-pass';
import { templateHash } from './names';
import type { DaemonSet, Deployment, Pod, ReplicaSet, Toleration } from './types';
import { recordEvent, replaceReplicaSet, type World } from './world';

/** A percentage or a count of replicas (`25%`, `1`), rounded as the Deployment controller rounds it. */
export function resolveIntOrPercent(value: string, replicas: number, roundUp: boolean): number {
  const percent = /^(\d+)%$/.exec(value);
  if (percent === null) return Math.max(0, Number.parseInt(value, 10) || 0);
  const exact = (Number(percent[1]) * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

const ownedBy = (pod: Pod, kind: 'ReplicaSet' | 'DaemonSet', name: string, namespace: string) =>
  pod.owner?.kind === kind && pod.owner.name === name && pod.namespace === namespace;

export const replicaSetPods = (world: Pick<World, 'pods'>, replicaSet: ReplicaSet) =>
  world.pods.filter((pod) => ownedBy(pod, 'ReplicaSet', replicaSet.name, replicaSet.namespace));

/** Pods by their owning ReplicaSet (`namespace/name`), gathered in one pass for the controllers. */
type PodsBySet = ReadonlyMap<string, readonly Pod[]>;

function podsBySet(world: Pick<World, 'pods'>): PodsBySet {
  const groups = new Map<string, Pod[]>();
  for (const pod of world.pods) {
    if (pod.owner?.kind !== 'ReplicaSet') continue;
    const key = `${pod.namespace}/${pod.owner.name}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [pod]);
    else group.push(pod);
  }
  return groups;
}

const setPods = (groups: PodsBySet, replicaSet: ReplicaSet) =>
  groups.get(`${replicaSet.namespace}/${replicaSet.name}`) ?? [];

const readyCount = (groups: PodsBySet, replicaSet: ReplicaSet) =>
  setPods(groups, replicaSet).filter((pod) => isActive(pod) && pod.ready).length;

function scaleReplicaSet(
  world: World,
  replicaSet: ReplicaSet,
  replicas: number,
  deployment: Deployment,
): ReplicaSet {
  if (replicaSet.replicas === replicas) return replicaSet;
  const scaled = { ...replicaSet, replicas };
  replaceReplicaSet(world, scaled);
  recordEvent(world, {
    type: 'Normal',
    reason: 'ScalingReplicaSet',
    object: `deployment/${deployment.name}`,
    namespace: deployment.namespace,
    source: 'deployment-controller',
    message: `Scaled ${replicas > replicaSet.replicas ? 'up' : 'down'} replica set ${replicaSet.name} from ${replicaSet.replicas} to ${replicas}`,
    kind: 'replicaset-scaled',
  });
  return scaled;
}

/** The ReplicaSets a Deployment owns, and the one for its current template (created if missing). */
function currentReplicaSet(world: World, deployment: Deployment): { current: ReplicaSet; old: ReplicaSet[] } {
  const hash = templateHash(deployment.template);
  const owned = world.replicaSets.filter(
    (rs) => rs.namespace === deployment.namespace && rs.deployment === deployment.name,
  );
  const latest = Math.max(0, ...owned.map((rs) => rs.revision));
  let current = owned.find((rs) => rs.podTemplateHash === hash);
  if (current === undefined) {
    const labels = { ...deployment.template.labels, 'pod-template-hash': hash };
    current = {
      name: `${deployment.name}-${hash}`,
      namespace: deployment.namespace,
      deployment: deployment.name,
      revision: latest + 1,
      podTemplateHash: hash,
      replicas: 0,
      template: { labels, spec: deployment.template.spec },
      selector: { ...deployment.selector, 'pod-template-hash': hash },
      createdAt: world.now,
    };
    world.replicaSets.push(current);
  } else if (current.revision !== latest) {
    // A rollback: the old ReplicaSet becomes the newest revision again.
    current = { ...current, revision: latest + 1 };
    replaceReplicaSet(world, current);
  }
  const currentName = current.name;
  return {
    current,
    old: owned.filter((rs) => rs.name !== currentName).sort((a, b) => a.revision - b.revision),
  };
}

/**
 * The Deployment controller's rolling update (§7.2): the new ReplicaSet grows while the total stays
 * within replicas + maxSurge, and old ones shrink while ready pods stay at or above
 * replicas − maxUnavailable. With nothing old left running, a change of replicas is a plain scale.
 */
function runDeployment(world: World, deployment: Deployment, groups: PodsBySet): void {
  const { current, old } = currentReplicaSet(world, deployment);
  const desired = deployment.replicas;
  if (old.every((rs) => rs.replicas === 0)) {
    scaleReplicaSet(world, current, desired, deployment);
    return;
  }
  const surge = resolveIntOrPercent(deployment.maxSurge, desired, true);
  let unavailable = resolveIntOrPercent(deployment.maxUnavailable, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;

  let newRs = current;
  const total = () => newRs.replicas + old.reduce((sum, rs) => sum + rs.replicas, 0);
  if (newRs.replicas < desired && total() < desired + surge)
    newRs = scaleReplicaSet(
      world,
      newRs,
      Math.min(desired, newRs.replicas + desired + surge - total()),
      deployment,
    );

  const minAvailable = desired - unavailable;
  const newUnavailable = newRs.replicas - readyCount(groups, newRs);
  let scaleDown = total() - minAvailable - newUnavailable;
  for (let index = 0; index < old.length && scaleDown > 0; index += 1) {
    const rs = old[index];
    if (rs === undefined || rs.replicas === 0) continue;
    const take = Math.min(rs.replicas, scaleDown);
    old[index] = scaleReplicaSet(world, rs, rs.replicas - take, deployment);
    scaleDown -= take;
  }
}

/** Which pod a shrinking ReplicaSet deletes first: unscheduled, then not running, then not ready, then the newest. */
function deletionRank(pod: Pod): number[] {
  return [pod.nodeName === null ? 0 : 1, pod.phase === 'Running' ? 1 : 0, pod.ready ? 1 : 0, -pod.createdAt];
}

function compareRank(a: Pod, b: Pod): number {
  const left = deletionRank(a);
  const right = deletionRank(b);
  for (let index = 0; index < left.length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function runReplicaSet(world: World, replicaSet: ReplicaSet, groups: PodsBySet): void {
  const active = setPods(groups, replicaSet).filter(isActive);
  const object = `replicaset/${replicaSet.name}`;
  if (active.length < replicaSet.replicas) {
    for (let count = active.length; count < replicaSet.replicas; count += 1) {
      const pod = createPod(world, {
        namePrefix: `${replicaSet.name}-`,
        namespace: replicaSet.namespace,
        template: replicaSet.template,
        owner: { kind: 'ReplicaSet', name: replicaSet.name },
      });
      recordEvent(world, {
        type: 'Normal',
        reason: 'SuccessfulCreate',
        object,
        namespace: replicaSet.namespace,
        source: 'replicaset-controller',
        message: `Created pod: ${pod.name}`,
        kind: 'pod-created',
      });
    }
  } else if (active.length > replicaSet.replicas) {
    for (const pod of [...active].sort(compareRank).slice(0, active.length - replicaSet.replicas)) {
      deletePod(world, pod, nodeAnswers(world, pod.nodeName));
      recordEvent(world, {
        type: 'Normal',
        reason: 'SuccessfulDelete',
        object,
        namespace: replicaSet.namespace,
        source: 'replicaset-controller',
        message: `Deleted pod: ${pod.name}`,
        kind: 'pod-deleted',
      });
    }
  }
}

/** DaemonSet pods tolerate what makes a node unfit for others, with no time limit (§7.5). */
const DAEMON_TOLERATIONS: readonly Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** One pod per eligible node: its nodeSelector and required node affinity match and it tolerates the node's taints. */
function runDaemonSet(world: World, daemonSet: DaemonSet): void {
  const tolerations = [...daemonSet.template.spec.tolerations, ...DAEMON_TOLERATIONS];
  const served = new Set<string>();
  for (const pod of world.pods)
    if (
      ownedBy(pod, 'DaemonSet', daemonSet.name, daemonSet.namespace) &&
      isActive(pod) &&
      pod.spec.nodeName !== undefined
    )
      served.add(pod.spec.nodeName);
  for (const node of world.nodes) {
    // EKS: DaemonSets do not run on Fargate (the add-ons' own affinity keeps them off it too).
    if (!registered(node) || served.has(node.name) || isFargateNode(node)) continue;
    const eligible =
      matchesSelector(node.labels, daemonSet.template.spec.nodeSelector) &&
      requiredAffinityMatches(node.labels, daemonSet.template.spec.nodeAffinity) &&
      node.taints.every((taint) => taint.effect === 'PreferNoSchedule' || tolerates(tolerations, taint));
    if (!eligible) continue;
    const pod = createPod(world, {
      namePrefix: `${daemonSet.name}-`,
      namespace: daemonSet.namespace,
      template: {
        labels: daemonSet.template.labels,
        spec: { ...daemonSet.template.spec, tolerations, nodeName: node.name },
      },
      owner: { kind: 'DaemonSet', name: daemonSet.name },
    });
    recordEvent(world, {
      type: 'Normal',
      reason: 'SuccessfulCreate',
      object: `daemonset/${daemonSet.name}`,
      namespace: daemonSet.namespace,
      source: 'daemonset-controller',
      message: `Created pod: ${pod.name}`,
      kind: 'pod-created',
    });
  }
}

/** ReplicaSets whose Deployment was deleted go too, with their pods (cascading deletion). */
function collectOrphans(world: World): void {
  const orphans = world.replicaSets.filter(
    (rs) =>
      rs.deployment !== null &&
      !world.deployments.some(
        (deployment) => deployment.name === rs.deployment && deployment.namespace === rs.namespace,
      ),
  );
  for (const rs of orphans) {
    for (const pod of replicaSetPods(world, rs)) deletePod(world, pod, nodeAnswers(world, pod.nodeName));
    world.replicaSets = world.replicaSets.filter((candidate) => candidate !== rs);
  }
}

/** Every controller once, in dependency order, then the schedulers: Fargate's, then the default one. */
export function reconcile(world: World): void {
  removeGonePods(world);
  collectOrphans(world);
  for (const daemonSet of world.daemonSets) runDaemonSet(world, daemonSet);
  // Deployments change ReplicaSets, not pods; each ReplicaSet changes only its own pods.
  const groups = podsBySet(world);
  for (const deployment of [...world.deployments]) runDeployment(world, deployment, groups);
  for (const replicaSet of [...world.replicaSets]) runReplicaSet(world, replicaSet, groups);
  runFargateScheduler(world);
  schedulePending(world);
}
