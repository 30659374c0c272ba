import { bindPod, podObject } from './pods';
import { registered } from './pod-requests';
import { addToUse, nodeUse, schedulePod, spreadPeers } from './scheduler';
import { countPlaced, spreadCounts, type SpreadCounts } from './scores';
import { podByUid, recordEvent, replacePod, type World } from './world';

/** The scheduler's pass: every unscheduled pod, oldest first, bound to the best node or left Pending with the reason. */
export function schedulePending(world: World): void {
  // Pods handed to the fargate-scheduler are not the default scheduler's.
  const waiting = world.pods.filter(
    (pod) => pod.nodeName === null && pod.deletedAt === null && pod.spec.schedulerName === undefined,
  );
  if (waiting.length === 0) return;
  const nodes = world.nodes.filter(registered);
  const use = nodeUse(nodes, world.pods);
  // Each ReplicaSet's spread counts, taken once and kept current as its pods are bound.
  const nodeByName = new Map(nodes.map((node) => [node.name, node]));
  const spreadBySet = new Map<string, SpreadCounts>();
  for (const pending of waiting) {
    const pod = podByUid(world, pending.uid) ?? pending;
    const owner =
      pod.owner?.kind === 'ReplicaSet'
        ? world.replicaSets.find((rs) => rs.name === pod.owner?.name && rs.namespace === pod.namespace)
        : undefined;
    let spread: SpreadCounts | undefined;
    if (owner !== undefined) {
      const key = `${owner.namespace}/${owner.name}`;
      spread = spreadBySet.get(key);
      if (spread === undefined) {
        spread = spreadCounts(spreadPeers(pod, world.pods, owner.selector), nodeByName);
        spreadBySet.set(key, spread);
      }
    }
    const placement = schedulePod(pod, {
      nodes,
      pods: world.pods,
      spreadSelector: owner?.selector ?? null,
      now: world.now,
      rng: world.rng,
      use,
      ...(spread === undefined ? {} : { spread }),
    });
    world.rng = placement.rng;
    const { record } = placement;
    const node = nodes.find((candidate) => candidate.name === record.chosen);
    if (node !== undefined) {
      replacePod(world, { ...pod, lastScheduling: record });
      bindPod(world, { ...pod, lastScheduling: record }, node);
      if (spread !== undefined) countPlaced(spread, node);
      addToUse(use.get(node.name), pod);
      continue;
    }
    if (pod.lastScheduling?.message === record.message) continue;
    replacePod(world, { ...pod, lastScheduling: record });
    recordEvent(world, {
      type: 'Warning',
      reason: 'FailedScheduling',
      object: podObject(pod),
      namespace: pod.namespace,
      source: 'default-scheduler',
      message: record.message ?? '',
      kind: 'pod-unschedulable',
    });
  }
}
