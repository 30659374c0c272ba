import { instanceTypeSpec } from '../catalog';
import { PULL_MBPS, TIMINGS } from '../figures';
import { findImage, isPrivateEcr, parseImageRef } from '../images';
import type { ContainerDefinition, EcsState, Task, TaskDefinition } from '../types';
import { draw, type World } from '../world';
import { agentCaller, callerAllows, notAuthorized, type Caller } from './credentials';
import { definitionOf } from './find';
import { networkPathProblem } from './network-path';
import { recordPulls } from '../registry/record-pull';

/**
 * PENDING: the agent (or Fargate) fetches secrets, pulls the images and prepares the log driver
 * (§3.1). Each check fails the way ECS reports it in the stopped reason; the error strings are
 * the agent's and Fargate's as quoted in AWS's troubleshooting pages and public issues.
 */
function secretsProblem(world: World, def: TaskDefinition, caller: Caller): string | null {
  for (const container of def.containerDefinitions) {
    for (const secret of container.secrets) {
      const fromSsm = secret.valueFrom.includes(':ssm:') || !secret.valueFrom.startsWith('arn:');
      const action = fromSsm ? 'ssm:GetParameters' : 'secretsmanager:GetSecretValue';
      if (!callerAllows(world, caller, action))
        return `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ${fromSsm ? 'secrets from ssm' : 'secret from asm'}: service call has been retried 1 time(s): AccessDeniedException: ${notAuthorized(caller, action, secret.valueFrom)}`;
    }
  }
  return null;
}

export function platformOf(world: Pick<EcsState, 'instances'>, task: Task, def: TaskDefinition): 'amd64' | 'arm64' {
  if (task.launchType === 'FARGATE') return def.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'amd64';
  const instance = world.instances.find((i) => i.id === task.ec2InstanceId);
  return instanceTypeSpec(instance?.instanceType ?? '')?.architecture === 'arm64' ? 'arm64' : 'amd64';
}

function imageProblem(world: World, task: Task, def: TaskDefinition, container: ContainerDefinition, caller: Caller): string | null {
  const fargate = task.launchType === 'FARGATE';
  const ref = parseImageRef(container.image);
  if (isPrivateEcr(container.image) && !callerAllows(world, caller, 'ecr:GetAuthorizationToken')) {
    const denied = `AccessDeniedException: ${notAuthorized(caller, 'ecr:GetAuthorizationToken', '*')}`;
    return fargate
      ? `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): ${denied}`
      : `CannotPullECRContainerError: ${denied}`;
  }
  const image = findImage(container.image, world);
  if (image === undefined) {
    const unknownRepository = ref.repository.startsWith('docker.io/') && !isKnownRepository(ref.repository);
    if (fargate)
      return unknownRepository
        ? `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref.full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
        : `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref.full}: ${ref.full}: not found`;
    return unknownRepository
      ? `CannotPullContainerError: Error response from daemon: pull access denied for ${container.image.split(':')[0]}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`
      : `CannotPullContainerError: Error response from daemon: manifest for ${container.image} not found: manifest unknown: manifest unknown`;
  }
  const platform = platformOf(world, task, def);
  if (!image.architectures.includes(platform) && image.singlePlatform !== true)
    return `CannotPullContainerError: pull image manifest has been retried 5 time(s): image Manifest does not contain descriptor matching platform 'linux/${platform}'`;
  return null;
}

function isKnownRepository(repository: string): boolean {
  return ['docker.io/library/nginx', 'docker.io/library/httpd', 'docker.io/library/redis'].includes(repository);
}

/** The awslogs driver needs its log group (or permission to create it). */
function logsProblem(world: World, task: Task, def: TaskDefinition, caller: Caller): string | null {
  for (const container of def.containerDefinitions) {
    const config = container.logConfiguration;
    if (config?.logDriver !== 'awslogs') continue;
    const group = config.options['awslogs-group'] ?? '';
    if (world.logGroups.includes(group)) {
      if (callerAllows(world, caller, 'logs:CreateLogStream')) continue;
      // Modelled on the ResourceNotFound form above with IAM's AccessDenied (unconfirmed).
      const denied = `AccessDeniedException: ${notAuthorized(caller, 'logs:CreateLogStream', `arn:aws:logs:us-east-1:123456789012:log-group:${group}:log-stream:*`)}`;
      return task.launchType === 'FARGATE'
        ? `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ${denied} : exit status 1`
        : `CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ${denied}`;
    }
    if (config.options['awslogs-create-group'] === 'true') {
      if (callerAllows(world, caller, 'logs:CreateLogGroup')) {
        world.logGroups.push(group);
        continue;
      }
      // The wording of this failure was not found in a primary source (unconfirmed).
      return `ResourceInitializationError: failed to validate logger args: create log group has been retried 1 times: AccessDeniedException: ${notAuthorized(caller, 'logs:CreateLogGroup', `arn:aws:logs:us-east-1:123456789012:log-group:${group}`)} : exit status 1`;
    }
    return task.launchType === 'FARGATE'
      ? 'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1'
      : 'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.';
  }
  return null;
}

/**
 * Moves a task into PENDING and plans its pull (§3.1): PENDING until the agent or Fargate picks it
 * up (`pullStartedAt`, the task's `nextAt`), then ACTIVATING while the images are pulled, until
 * `pullStoppedAt`, when the pull has finished or failed.
 */
export function enterPending(world: World, task: Task): Task {
  const def = definitionOf(world, task);
  const pickup = draw(world, TIMINGS.agentPickup);
  const pullStartedAt = world.now + pickup;
  const base: Task = { ...task, lastStatus: 'PENDING', pullStartedAt };
  if (def === undefined) return { ...base, nextAt: pullStartedAt, pullStoppedAt: pullStartedAt, startFailure: 'TaskFailedToStart: task definition not found' };
  const caller = agentCaller(world, task, def);
  const problem =
    networkPathProblem(world, task, def) ??
    secretsProblem(world, def, caller) ??
    def.containerDefinitions.reduce<string | null>((found, c) => found ?? imageProblem(world, task, def, c, caller), null) ??
    logsProblem(world, task, def, caller);
  if (problem !== null) return { ...base, nextAt: pullStartedAt, pullStoppedAt: pullStartedAt + draw(world, TIMINGS.failedPull), startFailure: problem };
  const rate = task.launchType === 'FARGATE' ? PULL_MBPS.fargate : PULL_MBPS.ec2;
  const images = new Set(def.containerDefinitions.map((c) => parseImageRef(c.image).full));
  const megabytes = [...images].reduce((sum, image) => sum + (findImage(image, world)?.sizeMB ?? 0), 0);
  const pullStoppedAt = pullStartedAt + Math.ceil((megabytes / rate) * 1000);
  recordPulls(world, def, world.now);
  return { ...base, pullStoppedAt, nextAt: pullStartedAt, startFailure: null };
}

