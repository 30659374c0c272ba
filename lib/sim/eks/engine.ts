import type { CommandError, Engine, Json, SimEvent, Step } from '../core/types';
import { seedRng } from '../core/rng';
import { nextScanAt, runAutoscaler } from './autoscaler';
import { advanceLoadBalancers } from './services';
import { activateCluster, createCluster, createNodegroup, updateKubeconfig } from './cluster';
import { parseEksCommand, type EksCommand } from './commands';
import { reconcile } from './controllers';
import {
  advanceFargateProfiles,
  createFargateProfile,
  deleteFargateProfile,
  nextFargateProfileChangeAt,
} from './fargate-profiles';
import { createPodIdentityAssociation } from './identity';
import { failNode, nextNodeChangeAt, restoreNode, runNodeLifecycle, setUnschedulable } from './nodes';
import { applyObject, rolloutUndo, scaleDeployment, setImage } from './objects';
import { deleteObject } from './delete-object';
import { applyObjects } from './apply-objects';
import { kubectlUnreachable } from './access';
import { drainNode } from './drain';
import { applyNamespace, finishNamespaceDeletions } from './namespaces';
import { advancePod } from './kubelet';
import { checkEksInvariants } from './invariants';
import { createAddon } from './addons';
import { setLoad } from './load';
import { nextMetricsAt, scrapeMetrics } from './metrics-server';
import { runHorizontalPodAutoscalers } from './hpa';
import { reconcileLoadBalancers } from './load-balancer-controller';
import { nextKarpenterAt, releaseNominations, runKarpenter } from './karpenter';
import type { EksState } from './types';
import { closeWorld, openWorld, podByUid, type World } from './world';

export function initEksState(seed: number): EksState {
  return {
    now: 0,
    seed,
    rng: seedRng(seed),
    cluster: null,
    nodegroups: [],
    nodes: [],
    deployments: [],
    replicaSets: [],
    daemonSets: [],
    services: [],
    pods: [],
    kubeEvents: [],
    nextIp: 0,
    kubeconfig: null,
    loads: [],
    metrics: null,
    hpas: [],
    addons: [],
    ingresses: [],
    nodePools: [],
    nodeClaims: [],
    fargateProfiles: [],
    serviceAccounts: [],
    podIdentityAssociations: [],
    namespaces: [],
  };
}

type Outcome = CommandError | null | { readonly ok: true; readonly response: Json };

function route(world: World, command: EksCommand): Outcome {
  switch (command.type) {
    case 'CreateCluster':
      return createCluster(world, command.name, command.version);
    case 'CreateNodegroup': {
      const { type: _type, ...request } = command;
      return createNodegroup(world, request);
    }
    case 'UpdateKubeconfig':
      return updateKubeconfig(world, command.name);
    case 'CreateFargateProfile': {
      const { type: _type, ...request } = command;
      return createFargateProfile(world, request);
    }
    case 'DeleteFargateProfile':
      return deleteFargateProfile(world, command.clusterName, command.fargateProfileName);
    case 'CreatePodIdentityAssociation': {
      const { type: _type, ...request } = command;
      return createPodIdentityAssociation(world, request);
    }
    case 'Apply':
      return applyObject(world, command.object);
    case 'CreateNamespace':
      return kubectlUnreachable(world) ?? applyNamespace(world, command.name, true);
    case 'ApplyAll':
      return applyObjects(world, command.objects);
    case 'ScaleDeployment':
      return scaleDeployment(world, command.name, command.namespace, command.replicas);
    case 'SetImage':
      return setImage(world, command.name, command.namespace, command.container, command.image);
    case 'RolloutUndo':
      return rolloutUndo(world, command.name, command.namespace, command.toRevision);
    case 'Delete':
      return deleteObject(world, command.kind, command.name, command.namespace);
    case 'Cordon':
      return setUnschedulable(world, command.node, command.unschedulable);
    case 'Drain':
      return drainNode(world, command.node, command);
    case 'FailNode':
      return failNode(world, command.node);
    case 'RestoreNode':
      return restoreNode(world, command.node);
    case 'SetLoad':
      return setLoad(world, command.namespace, command.deployment, command.rps);
    case 'CreateAddon':
      return createAddon(world, command.clusterName, command.addonName);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Everything due at `world.now`: the control plane, nodes, the kubelets, then the controllers and the scheduler. */
function settle(world: World): void {
  activateCluster(world);
  advanceFargateProfiles(world);
  runNodeLifecycle(world);
  for (let round = 0; round < 4; round += 1) {
    const due = world.pods.filter((pod) => pod.nextAt !== null && pod.nextAt <= world.now);
    if (due.length === 0) break;
    for (const pod of due) {
      const current = podByUid(world, pod.uid);
      if (current !== undefined) advancePod(world, current);
    }
  }
  if (world.cluster?.status !== 'ACTIVE') return;
  scrapeMetrics(world);
  runHorizontalPodAutoscalers(world);
  reconcile(world);
  reconcileLoadBalancers(world);
  advanceLoadBalancers(world);
  runAutoscaler(world);
  releaseNominations(world);
  runKarpenter(world);
  finishNamespaceDeletions(world);
}

function apply(state: EksState, command: EksCommand): Step<EksState> {
  const world = openWorld(state);
  const outcome = route(world, command);
  if (outcome !== null && 'code' in outcome) {
    const event: SimEvent = {
      at: state.now,
      kind: 'command-refused',
      level: 'error',
      message: `${outcome.code}: ${outcome.message}`,
    };
    // A drain that kubectl refuses still cordoned the node.
    if (command.type === 'Drain') {
      settle(world);
      const closed = closeWorld(world);
      return { state: closed.state, events: [...closed.events, event], error: outcome };
    }
    return { state, events: [event], error: outcome };
  }
  settle(world);
  const closed = closeWorld(world);
  return outcome === null ? closed : { ...closed, response: outcome.response };
}

export function nextChangeAt(state: EksState): number | null {
  let next = Infinity;
  const consider = (at: number | null | undefined) => {
    if (at !== null && at !== undefined && at > state.now && at < next) next = at;
  };
  if (state.cluster?.status === 'CREATING') consider(state.cluster.activeAt);
  consider(nextNodeChangeAt(state));
  consider(nextFargateProfileChangeAt(state));
  consider(nextScanAt(state));
  consider(nextMetricsAt(state));
  consider(nextKarpenterAt(state));
  for (const service of state.services) consider(service.loadBalancer?.readyAt);
  for (const ingress of state.ingresses) consider(ingress.loadBalancer?.readyAt);
  for (const pod of state.pods) {
    consider(pod.nextAt);
    consider(pod.goneAt);
  }
  return next === Infinity ? null : next;
}

function tick(state: EksState, ms: number): Step<EksState> {
  const target = state.now + Math.max(0, Math.floor(ms));
  let current = state;
  const events: SimEvent[] = [];
  for (let at = nextChangeAt(current); at !== null && at <= target; at = nextChangeAt(current)) {
    const world = openWorld(current);
    world.now = at;
    settle(world);
    const closed = closeWorld(world);
    current = closed.state;
    events.push(...closed.events);
  }
  return { state: { ...current, now: target }, events };
}

export const eksEngine: Engine<EksState, EksCommand> = {
  id: 'eks',
  version: 1,
  title: 'Amazon EKS',
  init: initEksState,
  apply,
  tick,
  nextChangeAt,
  parseCommand: parseEksCommand,
  checkInvariants: checkEksInvariants,
};
