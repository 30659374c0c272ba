import type { Compatibility, NetworkMode } from '../types';
import {
  dependencyProblem,
  essentialProblem,
  healthCheckProblem,
  logProblem,
  secretsProblem,
} from './behaviour-rules';
import { buildDefinition, type NewTaskDefinition } from './build-definition';
import { identityProblem, portProblem, resourceProblem } from './container-rules';
import { fargateProblem, isPrivateEcrImage } from './fargate-rules';
import * as m from './messages';
import { readTaskInput, type TaskInput } from './read-input';
import { parseTaskCpu, parseTaskMemory } from './units';

/** What ECS answers a refused RegisterTaskDefinition with (HTTP 400). */
export interface TaskDefinitionError {
  /** ClientException for ECS's rules; SerializationException for a value of the wrong JSON type. */
  readonly code: 'ClientException' | 'SerializationException';
  readonly message: string;
}

export interface ValidationContext {
  /** True for images pulled from a private ECR registry (they need an execution role on Fargate). */
  readonly isPrivateImage: (image: string) => boolean;
}

export const DEFAULT_VALIDATION_CONTEXT: ValidationContext = { isPrivateImage: isPrivateEcrImage };

export type TaskDefinitionValidation =
  | { readonly ok: true; readonly definition: NewTaskDefinition }
  | { readonly ok: false; readonly error: TaskDefinitionError };

const NETWORK_MODES: readonly NetworkMode[] = ['bridge', 'host', 'awsvpc', 'none'];
const COMPATIBILITIES: readonly Compatibility[] = ['EC2', 'FARGATE', 'EXTERNAL'];
const CPU_ARCHITECTURES = ['X86_64', 'ARM64'];
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
/** §2.2: EC2 task CPU from 128 units up to 192 vCPU (the current API reference's bound). */
const TASK_CPU = { min: 128, max: 196_608 };
const MAX_CONTAINERS = 10;
const MAX_CONSTRAINTS = 10;

function isNetworkMode(value: string): value is NetworkMode {
  return (NETWORK_MODES as readonly string[]).includes(value);
}

/** Task-level rules that come before the containers' own: family, enums, constraints. */
function requestProblem(input: TaskInput): string | null {
  if (input.family === undefined || input.family === '') return m.FAMILY_EMPTY;
  if (!FAMILY.test(input.family)) return m.FAMILY_INVALID;
  if (input.networkMode !== undefined && !isNetworkMode(input.networkMode))
    return m.notInEnum(input.networkMode, 'networkMode', NETWORK_MODES);
  for (const [index, value] of input.requiresCompatibilities.entries()) {
    if (!(COMPATIBILITIES as readonly string[]).includes(value))
      return m.notInEnum(value, `requiresCompatibilities.${index + 1}.member`, COMPATIBILITIES);
  }
  const arch = input.runtimePlatform?.cpuArchitecture;
  if (arch !== undefined && !CPU_ARCHITECTURES.includes(arch))
    return m.notInEnum(arch, 'runtimePlatform.cpuArchitecture', CPU_ARCHITECTURES);
  if (input.placementConstraints.length > MAX_CONSTRAINTS) return m.TOO_MANY_CONSTRAINTS;
  for (const [index, constraint] of input.placementConstraints.entries()) {
    // §4.3: a task definition may carry memberOf only; expressions are checked at placement.
    if (constraint.type === 'distinctInstance') return m.DISTINCT_INSTANCE_IN_TASK_DEFINITION;
    if (constraint.type !== 'memberOf')
      return m.notInEnum(constraint.type ?? 'null', `placementConstraints.${index + 1}.member.type`, [
        'memberOf',
      ]);
  }
  const containers = input.containerDefinitions ?? [];
  if (containers.length === 0) return m.CONTAINER_LIST_EMPTY;
  if (containers.length > MAX_CONTAINERS) return m.TOO_MANY_CONTAINERS;
  return identityProblem(containers);
}

function refuse(message: string): TaskDefinitionValidation {
  return { ok: false, error: { code: 'ClientException', message } };
}

/**
 * ECS's validation and normalisation of a RegisterTaskDefinition request (reference §2.2–2.4):
 * the first rule broken, in AWS's words, or the definition ECS would store, with task cpu/memory
 * normalised ("1 vCPU" → 1024, "2 GB" → 2048) and `compatibilities` worked out: EC2 always,
 * EXTERNAL unless awsvpc (ECS Anywhere has no awsvpc), FARGATE when Fargate could run it.
 * Never throws, whatever `raw` holds.
 */
export function validateTaskDefinition(
  raw: unknown,
  context: ValidationContext = DEFAULT_VALIDATION_CONTEXT,
): TaskDefinitionValidation {
  const read = readTaskInput(raw);
  if (!read.ok) return { ok: false, error: { code: 'SerializationException', message: read.message } };
  const input = read.input;
  const early = requestProblem(input);
  if (early !== null) return refuse(early);
  const cpu = input.cpu === undefined ? null : parseTaskCpu(input.cpu);
  if (input.cpu !== undefined && cpu === null) return refuse(m.INVALID_TASK_CPU);
  const memory = input.memory === undefined ? null : parseTaskMemory(input.memory);
  if (input.memory !== undefined && (memory === null || memory <= 0)) return refuse(m.INVALID_TASK_MEMORY);
  const networkMode: NetworkMode =
    input.networkMode !== undefined && isNetworkMode(input.networkMode) ? input.networkMode : 'bridge';
  const fargate = fargateProblem(input, cpu, memory, context.isPrivateImage);
  if (input.requiresCompatibilities.includes('FARGATE') && fargate !== null) return refuse(fargate);
  if (input.requiresCompatibilities.includes('EXTERNAL') && networkMode === 'awsvpc')
    return refuse(m.EXTERNAL_NO_AWSVPC);
  if (cpu !== null && (cpu < TASK_CPU.min || cpu > TASK_CPU.max)) return refuse(m.INVALID_TASK_CPU);
  const containers = input.containerDefinitions ?? [];
  const problem =
    resourceProblem(containers, cpu, memory) ??
    portProblem(containers, networkMode) ??
    essentialProblem(containers) ??
    dependencyProblem(containers) ??
    healthCheckProblem(containers) ??
    logProblem(containers) ??
    secretsProblem(containers, input.executionRoleArn);
  if (problem !== null) return refuse(problem);
  const compatibilities: Compatibility[] = [
    ...(networkMode === 'awsvpc' ? [] : (['EXTERNAL'] as const)),
    'EC2',
    ...(fargate === null ? (['FARGATE'] as const) : []),
  ];
  return { ok: true, definition: buildDefinition(input, { networkMode, cpu, memory, compatibilities }) };
}
