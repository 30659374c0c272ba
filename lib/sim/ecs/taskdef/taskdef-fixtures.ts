import { ECR_REGISTRY, roleArn } from '../catalog';
import { validateTaskDefinition } from './validate-task-definition';
import type { NewTaskDefinition } from './build-definition';

/**
 * Request builders for the task-definition tests: a plain EC2 definition and the reference's
 * Fargate example (§2.1), each overridable at the task and the container level.
 */
type Fields = Record<string, unknown>;

export const EXECUTION_ROLE = roleArn('ecsTaskExecutionRole');
export const PRIVATE_IMAGE = `${ECR_REGISTRY}/web:1.4.2`;

export function ec2Request(task: Fields = {}, container: Fields = {}): Fields {
  return {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256, ...container }],
    ...task,
  };
}

export function fargateRequest(task: Fields = {}, container: Fields = {}): Fields {
  return {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }], ...container },
    ],
    ...task,
  };
}

/** Several containers at once (the first is essential unless told otherwise). */
export function withContainers(task: Fields, containers: readonly Fields[]): Fields {
  return { ...task, containerDefinitions: containers.map((c) => ({ image: 'nginx', memory: 128, ...c })) };
}

/** The refusal message, or 'OK' when ECS accepts the request. */
export function refusal(request: unknown): string {
  const result = validateTaskDefinition(request);
  return result.ok ? 'OK' : result.error.message;
}

export function accepted(request: unknown): NewTaskDefinition {
  const result = validateTaskDefinition(request);
  if (!result.ok) throw new Error(`expected acceptance, got ${result.error.code}: ${result.error.message}`);
  return result.definition;
}
