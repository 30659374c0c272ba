import { DEFAULT_SUBNETS } from '../ecs/catalog';
import { pickInRange } from '../core/rng';
import { COMPUTE_TYPE_LABEL, FARGATE_PROFILE_LABEL, fargateSize, isFargateNode } from './fargate-pods';
import { FARGATE_PROVISION_MS } from './figures';
import { nodeNameFor, zoneIp } from './names';
import { ZONES } from './nodes';
import { bindPod, podObject } from './pods';
import { registered } from './pod-requests';
import type { KubeNode, Pod } from './types';
import { recordEvent, replacePod, type World } from './world';

/**
 * EKS's fargate-scheduler, which runs beside the default scheduler (reference §7.1): for each pod
 * the Fargate webhook handed it, Fargate starts a micro-VM in one of the profile's subnets; once
 * its kubelet has registered the node (`fargate-ip-…`, labelled and tainted as Fargate, one pod
 * only), the pod is bound to it with the size it was given (`CapacityProvisioned`). The node goes
 * when its pod does.
 */

const FARGATE_TAINT = { key: COMPUTE_TYPE_LABEL, value: 'fargate', effect: 'NoSchedule' } as const;

/** The zones the pod's profile may place it in, from the profile's subnets. */
function profileZones(world: World, pod: Pod): readonly string[] {
  const profile = world.fargateProfiles.find(
    (candidate) => candidate.name === pod.labels[FARGATE_PROFILE_LABEL],
  );
  const zones = DEFAULT_SUBNETS.filter((subnet) => profile?.subnets.includes(subnet.id)).map(
    (subnet) => subnet.az,
  );
  return zones.length > 0 ? zones : ZONES;
}

/** Fargate starts a micro-VM for the pod; its node registers when it has booted. */
function provision(world: World, pod: Pod): void {
  const size = fargateSize(pod.spec);
  if (size === null) {
    // Said once, and not as a scheduling record, which the node autoscalers would take as theirs to
    // answer. `Pod not supported on Fargate:` is how EKS starts these; the reason is in our words.
    const said = world.kubeEvents.some(
      (event) =>
        event.object === podObject(pod) &&
        event.namespace === pod.namespace &&
        event.source === 'fargate-scheduler' &&
        event.reason === 'FailedScheduling',
    );
    if (!said)
      recordEvent(world, {
        type: 'Warning',
        reason: 'FailedScheduling',
        object: podObject(pod),
        namespace: pod.namespace,
        source: 'fargate-scheduler',
        message:
          'Pod not supported on Fargate: its requests exceed the largest Fargate size, 16 vCPU and 120 GB',
        kind: 'pod-unschedulable',
      });
    return;
  }
  const zones = profileZones(world, pod);
  const perZone = zones.map(
    (zone) => world.nodes.filter((node) => isFargateNode(node) && node.zone === zone).length,
  );
  const zone = zones[perZone.indexOf(Math.min(...perZone))] ?? ZONES[0];
  const ip = zoneIp(zone, world.nextIp);
  world.nextIp += 1;
  const [bootMs, rng] = pickInRange(world.rng, FARGATE_PROVISION_MS);
  world.rng = rng;
  const name = `fargate-${nodeNameFor(ip)}`;
  const resources = { cpu: size.cpu, memory: size.memory, pods: 1 };
  const node: KubeNode = {
    name,
    instanceId: '',
    nodegroup: '',
    instanceType: '',
    zone,
    internalIp: ip,
    labels: {
      [COMPUTE_TYPE_LABEL]: 'fargate',
      'kubernetes.io/hostname': name,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'topology.kubernetes.io/region': 'us-east-1',
      'topology.kubernetes.io/zone': zone,
    },
    taints: [FARGATE_TAINT],
    unschedulable: false,
    allocatable: resources,
    capacity: resources,
    ready: 'False',
    createdAt: world.now,
    joinsAt: world.now + bootMs,
    lastHeartbeat: null,
    fargatePod: pod.uid,
  };
  world.nodes.push(node);
}

/** The micro-node is up: the pod is bound to it, sized, and its logging noted (no aws-logging ConfigMap). */
function bindToFargate(world: World, pod: Pod, node: KubeNode): void {
  const size = fargateSize(pod.spec);
  recordEvent(world, {
    type: 'Warning',
    reason: 'LoggingDisabled',
    object: podObject(pod),
    namespace: pod.namespace,
    source: 'fargate-scheduler',
    message:
      'Disabled logging because aws-logging configmap was not found. configmap "aws-logging" not found',
    kind: 'pod-logging-disabled',
  });
  const sized: Pod = {
    ...pod,
    annotations: {
      ...pod.annotations,
      CapacityProvisioned: size?.text ?? '',
      Logging: 'LoggingDisabled: LOGGING_CONFIGMAP_NOT_FOUND',
    },
  };
  replacePod(world, sized);
  bindPod(world, sized, node, 'fargate-scheduler');
}

/** One pass of the fargate-scheduler, before the default scheduler's. */
export function runFargateScheduler(world: World): void {
  const podUids = new Set(world.pods.map((pod) => pod.uid));
  if (world.nodes.some((node) => node.fargatePod !== undefined && !podUids.has(node.fargatePod)))
    world.nodes = world.nodes.filter((node) => node.fargatePod === undefined || podUids.has(node.fargatePod));
  const waiting = world.pods.filter(
    (pod) =>
      pod.spec.schedulerName === 'fargate-scheduler' && pod.nodeName === null && pod.deletedAt === null,
  );
  for (const pod of waiting) {
    const node = world.nodes.find((candidate) => candidate.fargatePod === pod.uid);
    if (node === undefined) provision(world, pod);
    else if (registered(node)) bindToFargate(world, pod, node);
  }
}
