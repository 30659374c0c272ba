import { REGION } from '../catalog';
import { parseImageRef, type ImageRef } from '../images';
import {
  defaultRouteTarget,
  endpointServiceName,
  endpointState,
  isPublicSubnet,
  natGatewayState,
  networkOf,
  routeTableOf,
} from '../network';
import type { Task, TaskDefinition } from '../types';
import type { World } from '../world';

/**
 * Whether a Fargate task's ENI can reach what its start needs (reference §6: on platform version
 * 1.4.0 the registry auth, the secrets, the image and the logs all go through the task's own ENI,
 * in the subnet Fargate chose). Its subnet's route table decides:
 *
 * - `0.0.0.0/0` → internet gateway (a public subnet): the internet, but only with a public IP
 *   (`assignPublicIp: ENABLED`); without one the traffic has no way out (the classic mistake);
 * - `0.0.0.0/0` → a NAT gateway that is `available` and itself in a public subnet: the internet;
 * - otherwise an AWS service only through a VPC endpoint: an `available` interface endpoint with
 *   private DNS (ecr.api, ecr.dkr, logs, ssm, secretsmanager), or, for S3, where ECR keeps image
 *   layers, an `available` gateway endpoint on the subnet's route table. Docker Hub and other
 *   registries need the internet: endpoints do not help.
 *
 * (AWS Knowledge Center "ecs-fargate-pull-container-error" and "ecs-fargate-tasks-pending-state".)
 * On platform version 1.3.0 the auth and secrets came through a Fargate-owned ENI and the pull
 * through Docker, so only the pull and the logs are checked, with that era's texts.
 *
 * EC2 tasks are not checked: the agent pulls through the instance's own network, and instances here
 * run in the default VPC's public subnets with a public IP. Security groups and network ACLs are
 * not modelled (always open).
 */
export function networkPathProblem(world: World, task: Task, def: TaskDefinition): string | null {
  if (task.launchType !== 'FARGATE' || task.eni === null) return null;
  const reach = reachability(world, task.eni.subnetId, task.eni.publicIp === true);
  const legacy = task.platformVersion === '1.3.0';
  const images = [
    ...new Map(
      def.containerDefinitions.map((c) => [parseImageRef(c.image).full, parseImageRef(c.image)]),
    ).values(),
  ];
  if (!legacy) {
    if (images.some(isRegionalEcr) && !reach.service('ecr.api')) return TEXTS.registryAuth;
    for (const container of def.containerDefinitions)
      for (const secret of container.secrets) {
        const fromSsm = secret.valueFrom.includes(':ssm:') || !secret.valueFrom.startsWith('arn:');
        if (!reach.service(fromSsm ? 'ssm' : 'secretsmanager'))
          return fromSsm ? TEXTS.ssmSecrets : TEXTS.asmSecret(secret.valueFrom);
      }
  }
  for (const ref of images) {
    const ecr = isRegionalEcr(ref);
    if (!(ecr ? reach.service('ecr.dkr') : reach.internet))
      return legacy ? TEXTS.legacyManifest(ref) : TEXTS.manifest(ref);
    if (ecr && !reach.s3) return legacy ? TEXTS.legacyLayer(ref) : TEXTS.layer(ref);
  }
  const logs = def.containerDefinitions.some((c) => c.logConfiguration?.logDriver === 'awslogs');
  if (logs && !reach.service('logs')) return legacy ? TEXTS.legacyStartTimeout : TEXTS.logs;
  return null;
}

interface Reachability {
  readonly internet: boolean;
  readonly s3: boolean;
  service(name: string): boolean;
}

function reachability(world: World, subnetId: string, publicIp: boolean): Reachability {
  const network = networkOf(world);
  const target = defaultRouteTarget(network, subnetId);
  const nat = network.natGateways.find((g) => g.id === target);
  const internet =
    (target?.startsWith('igw-') === true && publicIp) ||
    (nat !== undefined &&
      natGatewayState(nat, world.now) === 'available' &&
      isPublicSubnet(network, nat.subnetId));
  const ready = network.endpoints.filter((e) => endpointState(e, world.now) === 'available');
  const table = routeTableOf(network, subnetId)?.id;
  const s3 = endpointServiceName('s3');
  return {
    internet,
    s3:
      internet ||
      ready.some(
        (e) =>
          e.type === 'Gateway' &&
          e.serviceName === s3 &&
          table !== undefined &&
          e.routeTableIds.includes(table),
      ),
    service: (name) =>
      internet ||
      ready.some(
        (e) =>
          e.type === 'Interface' &&
          e.serviceName === endpointServiceName(name) &&
          e.privateDnsEnabled &&
          e.subnetIds.length > 0,
      ),
  };
}

/** An image in any account's ECR registry in this Region: reachable through the ECR endpoints. */
function isRegionalEcr(ref: ImageRef): boolean {
  return hostOf(ref).endsWith(`.dkr.ecr.${REGION}.amazonaws.com`);
}

function hostOf(ref: ImageRef): string {
  const host = ref.repository.split('/')[0] ?? '';
  return host === 'docker.io' ? 'registry-1.docker.io' : host;
}

/** The manifest URL containerd asks for: `https://HOST/v2/REPOSITORY/manifests/TAG`. */
function manifestUrl(ref: ImageRef): string {
  const path = ref.repository.split('/').slice(1).join('/');
  const tag = ref.full.slice(ref.repository.length + 1);
  return `https://${hostOf(ref)}/v2/${path}/manifests/${tag}`;
}

/**
 * Where the timed-out connections went. registry-1.docker.io's address is one seen in a real error
 * (ActionIQ/terraform-aws-retool-ecs-fargate#20); the others are invented addresses in AWS's ranges.
 */
function addressOf(host: string): string {
  if (host === 'registry-1.docker.io') return '44.205.64.79';
  if (host === `api.ecr.${REGION}.amazonaws.com`) return '52.46.145.233';
  if (host === `s3.${REGION}.amazonaws.com`) return '52.217.161.41';
  if (host.endsWith('.amazonaws.com')) return '52.46.154.20';
  return '99.83.145.10';
}

const LAYER_BUCKET = `prod-${REGION}-starport-layer-bucket`;

/** A layer's presigned URL path, derived from the image (FNV-1a), shaped like ECR's. */
function layerPath(ref: ImageRef): string {
  const hex = (seed: string): string => {
    let h = 0x811c9dc5;
    for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  const id = (n: number): string => {
    const h =
      hex(`${n}a:${ref.full}`) +
      hex(`${n}b:${ref.full}`) +
      hex(`${n}c:${ref.full}`) +
      hex(`${n}d:${ref.full}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
  return `${id(1)}/${id(2)}`;
}

const CHECK_NETWORK = 'Please check your task network configuration.';

/**
 * The stopped reasons. Sources: `registryAuth` as quoted in doctorray117/minecraft-ondemand#74
 * (address and Region ours); `asmSecret` as quoted in Releem/releem-agent#195; `ssmSecrets` is
 * quoted truncated ("…context deadli…") in umotif-public/terraform-aws-ecs-fargate#50 and completed
 * from the asm form (composed); `manifest` as quoted for Docker Hub in
 * ActionIQ/terraform-aws-retool-ecs-fargate#20, used for ECR too (composed for ECR); `layer`
 * composed from the ECS agent's own test fixture (agent dockerapi errors_test.go: "ref pull has been
 * retried 5 time(s): failed to copy: httpReadSeeker: failed open: failed to do request: Get
 * \"https://prod-us-east-1-starport-layer-bucket…\"") and the `dial tcp …: i/o timeout` ending
 * such errors carry; `logs` as quoted in public reports of Fargate without a CloudWatch Logs route.
 * Platform version 1.3.0: `legacyManifest` as quoted in aws/amazon-ecs-agent#1128;
 * `legacyLayer` after 7thzero.com's "error pulling image configuration: Get
 * https://prod-us-east-1-starport-layer-bucket.s3.amazonaws.com/…" (ending composed);
 * `legacyStartTimeout` as quoted in aws/containers-roadmap#48 and the Knowledge Center's
 * "ecs-fargate-docker-timeout-error".
 */
const TEXTS = {
  registryAuth: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.${REGION}.amazonaws.com/": dial tcp ${addressOf(`api.ecr.${REGION}.amazonaws.com`)}:443: i/o timeout. ${CHECK_NETWORK}`,
  asmSecret: (arn: string): string =>
    `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): failed to fetch secret ${arn} from secrets manager: RequestCanceled: request context canceled caused by: context deadline exceeded. ${CHECK_NETWORK}`,
  ssmSecrets: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 5 time(s): RequestCanceled: request context canceled caused by: context deadline exceeded. ${CHECK_NETWORK}`,
  manifest: (ref: ImageRef): string =>
    `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref.full}: failed to do request: Head "${manifestUrl(ref)}": dial tcp ${addressOf(hostOf(ref))}:443: i/o timeout`,
  layer: (ref: ImageRef): string =>
    `CannotPullContainerError: ref pull has been retried 5 time(s): failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://${LAYER_BUCKET}.s3.${REGION}.amazonaws.com/${layerPath(ref)}": dial tcp ${addressOf(`s3.${REGION}.amazonaws.com`)}:443: i/o timeout`,
  logs: 'ResourceInitializationError: failed to validate logger args: : signal: killed',
  legacyManifest: (ref: ImageRef): string =>
    `CannotPullContainerError: API error (500): Get https://${hostOf(ref)}/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
  legacyLayer: (ref: ImageRef): string =>
    `CannotPullContainerError: error pulling image configuration: Get https://${LAYER_BUCKET}.s3.amazonaws.com/${layerPath(ref)}: dial tcp ${addressOf(`s3.${REGION}.amazonaws.com`)}:443: i/o timeout`,
  legacyStartTimeout: 'DockerTimeoutError: Could not transition to started; timed out after waiting 3m0s',
} as const;
