import { pickInRange } from '../core/rng';
import { findImage, parseImageRef } from '../ecs/images';
import {
  CONTAINER_START_MS,
  DEFAULT_TOLERATION_SECONDS,
  IMAGE_BACKOFF_MS,
  IMAGE_PULL_MS,
  POD_STOP_MS,
} from './figures';
import { nameSuffix, podUid, zoneIp } from './names';
import type { KubeNode, OwnerRef, Pod, PodTemplate, Toleration } from './types';
import { addPod, recordEvent, replacePod, type World } from './world';
import { fargateProfileFor, forFargate } from './fargate-pods';
import { withCredentials } from './identity';

const DEFAULT_TOLERATIONS: readonly Toleration[] = [
  {
    key: 'node.kubernetes.io/not-ready',
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
  },
  {
    key: 'node.kubernetes.io/unreachable',
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
  },
];

/**
 * The DefaultTolerationSeconds admission plugin (§7.5): every pod tolerates a not-ready or
 * unreachable node for 300 s, unless it already says otherwise about those taints.
 */
export function withDefaultTolerations(tolerations: readonly Toleration[]): Toleration[] {
  const added = DEFAULT_TOLERATIONS.filter(
    (fallback) =>
      !tolerations.some((own) => own.key === fallback.key && (own.effect ?? 'NoExecute') === 'NoExecute'),
  );
  return [...tolerations, ...added];
}

export const podObject = (pod: Pick<Pod, 'name'>) => `pod/${pod.name}`;

/** Creates a pod from a template, unscheduled: the scheduler places it at the next chance. */
export function createPod(
  world: World,
  input: {
    name?: string;
    namePrefix?: string;
    namespace: string;
    template: PodTemplate;
    owner: OwnerRef | null;
  },
): Pod {
  let name = input.name;
  if (name === undefined) {
    const [suffix, rng] = nameSuffix(world.rng);
    world.rng = rng;
    name = `${input.namePrefix ?? 'pod-'}${suffix}`;
  }
  const [uid, rng] = podUid(world.rng);
  world.rng = rng;
  const profile = fargateProfileFor(world.fargateProfiles, {
    namespace: input.namespace,
    labels: input.template.labels,
    owner: input.owner,
  });
  const template = profile === null ? input.template : forFargate(input.template, profile);
  const pod: Pod = {
    uid,
    name,
    namespace: input.namespace,
    labels: template.labels,
    owner: input.owner,
    spec: {
      ...withCredentials(world, input.namespace, template.spec),
      tolerations: withDefaultTolerations(template.spec.tolerations),
    },
    nodeName: null,
    phase: 'Pending',
    container: { state: 'waiting', reason: 'Pending' },
    restarts: 0,
    lastExit: null,
    ready: false,
    ip: null,
    createdAt: world.now,
    nextAt: null,
    deletedAt: null,
    goneAt: null,
    lastScheduling: null,
  };
  addPod(world, pod);
  return pod;
}

/** The EKS add-ons' images (VPC CNI, kube-proxy, CoreDNS) come with the EKS-optimized AMI. */
export const isAddonImage = (image: string): boolean => image.startsWith('public.ecr.aws/eks/');

/** Kubernetes's own images (the Cluster Autoscaler, metrics-server) and Karpenter's are pulled like any other. */
const isKubernetesImage = (image: string): boolean =>
  image.startsWith('registry.k8s.io/') || image.startsWith('public.ecr.aws/karpenter/');

function imagesOf(pod: Pod): string[] {
  return pod.spec.containers.map((container) => container.image);
}

/**
 * The scheduler bound the pod: the kubelet on that node starts pulling its images. The VPC CNI
 * gives it an address from the node's zone; on Fargate the pod has its micro-node's own address.
 */
export function bindPod(
  world: World,
  pod: Pod,
  node: KubeNode,
  scheduler: 'default-scheduler' | 'fargate-scheduler' = 'default-scheduler',
): void {
  let ip = node.internalIp;
  if (scheduler === 'default-scheduler') {
    ip = zoneIp(node.zone, world.nextIp);
    world.nextIp += 1;
  }
  recordEvent(world, {
    type: 'Normal',
    reason: 'Scheduled',
    object: podObject(pod),
    namespace: pod.namespace,
    source: scheduler,
    message: `Successfully assigned ${pod.namespace}/${pod.name} to ${node.name}`,
    kind: 'pod-scheduled',
  });
  const missing = imagesOf(pod).find(
    (image) => !isAddonImage(image) && !isKubernetesImage(image) && findImage(image) === undefined,
  );
  const cached = imagesOf(pod).every(isAddonImage);
  let nextAt: number | null = world.now + CONTAINER_START_MS;
  let reason = 'ContainerCreating';
  for (const image of cached ? [] : imagesOf(pod)) {
    recordEvent(world, {
      type: 'Normal',
      reason: 'Pulling',
      object: podObject(pod),
      namespace: pod.namespace,
      source: `kubelet, ${node.name}`,
      message: `Pulling image "${image}"`,
      kind: 'pod-pulling',
    });
  }
  if (cached) {
    nextAt = world.now + CONTAINER_START_MS;
  } else if (missing === undefined) {
    const [pullMs, rng] = pickInRange(world.rng, IMAGE_PULL_MS);
    world.rng = rng;
    nextAt = world.now + pullMs + CONTAINER_START_MS;
  } else {
    const ref = parseImageRef(missing);
    recordEvent(world, {
      type: 'Warning',
      reason: 'Failed',
      object: podObject(pod),
      namespace: pod.namespace,
      source: `kubelet, ${node.name}`,
      message: `Failed to pull image "${missing}": rpc error: code = NotFound desc = failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${ref.full}: not found`,
      kind: 'pod-image-pull-failed',
    });
    reason = 'ErrImagePull';
    nextAt = world.now + IMAGE_BACKOFF_MS;
  }
  replacePod(world, {
    ...pod,
    nodeName: node.name,
    ip,
    container: { state: 'waiting', reason },
    nextAt,
  });
}

/**
 * Deletes a pod: unscheduled, it is gone at once; on a healthy node it shows `Terminating` while the
 * kubelet stops its containers; on a node that does not answer it stays `Terminating` (§7.5).
 */
export function deletePod(world: World, pod: Pod, nodeAnswers: boolean, reason = 'Killing'): void {
  if (pod.deletedAt !== null) return;
  if (pod.nodeName === null) {
    world.pods = world.pods.filter((candidate) => candidate.uid !== pod.uid);
    return;
  }
  if (nodeAnswers) {
    for (const container of pod.spec.containers)
      recordEvent(world, {
        type: 'Normal',
        reason,
        object: podObject(pod),
        namespace: pod.namespace,
        source: `kubelet, ${pod.nodeName}`,
        message: `Stopping container ${container.name}`,
        kind: 'pod-killing',
      });
  }
  replacePod(world, {
    ...pod,
    deletedAt: world.now,
    ready: false,
    goneAt: nodeAnswers ? world.now + POD_STOP_MS : null,
    nextAt: null,
  });
}

/** Pods whose containers have stopped leave the API. */
export function removeGonePods(world: World): void {
  if (world.pods.some((pod) => pod.goneAt !== null && pod.goneAt <= world.now))
    world.pods = world.pods.filter((pod) => pod.goneAt === null || pod.goneAt > world.now);
}

/** A pod that counts toward its controller's replicas: not being deleted and not finished. */
export const isActive = (pod: Pod): boolean =>
  pod.deletedAt === null && pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
