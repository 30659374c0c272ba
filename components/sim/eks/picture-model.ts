import { nodeUse, type NodeUse } from '@/lib/sim/eks/scheduler';
import { isFargateNode } from '@/lib/sim/eks/fargate-pods';
import { ZONES } from '@/lib/sim/eks/nodes';
import type { EksState, KubeNode, Pod } from '@/lib/sim/eks/types';

/** The namespace of the add-ons EKS runs on every node (VPC CNI, kube-proxy, CoreDNS). */
export const SYSTEM_NAMESPACE = 'kube-system';

export interface NodeModel {
  readonly node: KubeNode;
  /** Requests of the pods bound to it, as the scheduler counts them. */
  readonly use: NodeUse;
  /** The pods the picture draws on it (the learner's; kube-system ones only when asked). */
  readonly pods: readonly Pod[];
  /** kube-system pods on it that the picture leaves out. */
  readonly hiddenSystemPods: number;
}

export interface ZoneModel {
  readonly zone: string;
  readonly nodes: readonly NodeModel[];
}

export interface PictureModel {
  readonly zones: readonly ZoneModel[];
  /** Pods no node has taken yet: the scheduler found none, or has not run since they appeared. */
  readonly unscheduled: readonly Pod[];
  readonly shownPods: number;
}

const EMPTY_USE: NodeUse = { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 };

/**
 * The picture's layout: the three zones in order, each with its nodes by name and their pods by
 * creation, and the pods still waiting for a node. Pods of kube-system are counted, not drawn,
 * unless `showSystem`: the add-ons on every node would crowd out the learner's own pods.
 */
export function buildPicture(state: EksState, showSystem: boolean): PictureModel {
  const use = nodeUse(state.nodes, state.pods);
  const podsByNode = new Map<string, Pod[]>();
  const hidden = new Map<string, number>();
  const unscheduled: Pod[] = [];
  let shownPods = 0;
  for (const pod of state.pods) {
    const system = pod.namespace === SYSTEM_NAMESPACE;
    if (pod.nodeName === null) {
      if (showSystem || !system) {
        unscheduled.push(pod);
        shownPods += 1;
      }
      continue;
    }
    if (system && !showSystem) {
      hidden.set(pod.nodeName, (hidden.get(pod.nodeName) ?? 0) + 1);
      continue;
    }
    const list = podsByNode.get(pod.nodeName) ?? [];
    list.push(pod);
    podsByNode.set(pod.nodeName, list);
    shownPods += 1;
  }
  const zoneNames = [...new Set<string>([...ZONES, ...state.nodes.map((node) => node.zone)])];
  const zones = zoneNames
    .map((zone) => ({
      zone,
      nodes: state.nodes
        .filter((node) => node.zone === zone)
        .sort((a, b) => Number(isFargateNode(a)) - Number(isFargateNode(b)) || a.name.localeCompare(b.name))
        .map((node) => ({
          node,
          use: use.get(node.name) ?? EMPTY_USE,
          pods: podsByNode.get(node.name) ?? [],
          hiddenSystemPods: hidden.get(node.name) ?? 0,
        })),
    }))
    .filter((zone) => zone.nodes.length > 0 || (ZONES as readonly string[]).includes(zone.zone));
  return { zones, unscheduled, shownPods };
}

/** The pod whose scheduling the explainer shows: the one picked, else the last the scheduler decided on. */
export function explainedPod(pods: readonly Pod[], picked: string | null): Pod | null {
  if (picked !== null) {
    const pod = pods.find((candidate) => candidate.uid === picked);
    if (pod?.lastScheduling) return pod;
  }
  let latest: Pod | null = null;
  for (const pod of pods) {
    if (pod.lastScheduling === null || pod.namespace === SYSTEM_NAMESPACE) continue;
    if (latest === null || pod.lastScheduling.at >= (latest.lastScheduling?.at ?? 0)) latest = pod;
  }
  return latest;
}
