import type { CommandError } from '../../sim/core/types';
import { roleArn } from '../../sim/ecs/catalog';
import {
  AWSVPC_PORTS_MUST_MATCH,
  DUPLICATE_CONTAINER_NAMES,
  FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE,
  FARGATE_ECR_NEEDS_EXECUTION_ROLE,
  FARGATE_NEEDS_AWSVPC,
  FARGATE_NEEDS_CPU,
  FARGATE_NEEDS_MEMORY,
  INVALID_TASK_CPU,
  NO_ESSENTIAL,
  SECRETS_NEED_EXECUTION_ROLE,
} from '../../sim/ecs/taskdef/messages';
import { FARGATE_SIZES, type FargateSize } from '../../sim/ecs/taskdef/fargate-sizes';
import type { EcsState } from '../../sim/ecs/types';
import type { ApiInput } from './args/param-values';
import { records, str, strings } from './operation';

/**
 * The `Dockyard:` line under a RegisterTaskDefinition ClientException (reference §2.4): which field
 * to add or change, in both spellings a learner may be using (the flag, or the key of the JSON
 * given to --cli-input-json).
 */

const gb = (mib: number): number => mib / 1024;

/** One row of §2.3: `512 take 1–4 GB`, `8192 take 16–60 GB in 4 GB steps`. */
function sizeRow(size: FargateSize): string {
  const first = size.memory[0] ?? 0;
  const last = size.memory[size.memory.length - 1] ?? 0;
  if (size.memory.length <= 3) {
    const head = size.memory.slice(0, -1).join(', ');
    return `${size.cpu} take ${head} or ${last} MiB`;
  }
  const step = gb((size.memory[1] ?? first) - first);
  return `${size.cpu} take ${gb(first)}–${gb(last)} GB${step === 1 ? '' : ` in ${step} GB steps`}`;
}

/** Every Fargate size of reference §2.3, from the engine's own table. */
export function fargateSizesHint(): string {
  const [first, ...rest] = FARGATE_SIZES.map(sizeRow);
  return `that cpu/memory pair is not a Fargate size (memory in MiB, 1 GB = 1024): ${(first ?? '').replace(' take', ' CPU units take')}; ${rest.join('; ')}.`;
}

function executionRole(state: EcsState): string {
  const role = state.roles.find(
    (candidate) =>
      candidate.trustedService === 'ecs-tasks.amazonaws.com' &&
      candidate.policies.includes('AmazonECSTaskExecutionRolePolicy'),
  );
  return roleArn(role?.name ?? 'ecsTaskExecutionRole');
}

function duplicateNames(input: ApiInput): string[] {
  const names = (records(input['containerDefinitions']) ?? []).map((def) => str(def, 'name') ?? '');
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

export function registrationHint(error: CommandError, input: ApiInput, state: EcsState): string | null {
  if (error.code !== 'ClientException') return null;
  const role = executionRole(state);
  switch (error.message) {
    case FARGATE_ECR_NEEDS_EXECUTION_ROLE:
      return `Fargate pulls ECR images with the task execution role: add --execution-role-arn ${role} ("executionRoleArn" in the JSON).`;
    case FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE:
      return `Fargate writes awslogs logs with the task execution role: add --execution-role-arn ${role} ("executionRoleArn" in the JSON).`;
    case SECRETS_NEED_EXECUTION_ROLE:
      return `the agent reads secrets with the task execution role: add --execution-role-arn ${role} ("executionRoleArn" in the JSON).`;
    case AWSVPC_PORTS_MUST_MATCH:
      return 'in awsvpc mode each task has its own IP address, so hostPort must equal containerPort: leave hostPort out or set it to the containerPort.';
    case FARGATE_NEEDS_AWSVPC:
      return 'Fargate tasks get their own network interface: add --network-mode awsvpc ("networkMode": "awsvpc" in the JSON).';
    case FARGATE_NEEDS_CPU:
    case FARGATE_NEEDS_MEMORY:
      return 'Fargate needs the task size at the top level, not only per container: add --cpu 256 --memory 512 ("cpu": "256", "memory": "512" in the JSON), or another Fargate size.';
    case NO_ESSENTIAL:
      return 'at least one container must be essential: set "essential": true on the main container (true is the default when you leave it out).';
    case DUPLICATE_CONTAINER_NAMES: {
      const names = duplicateNames(input).map((name) => `"${name}"`);
      const repeated =
        names.length === 0
          ? ''
          : ` (${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} used more than once)`;
      return `give each container its own "name"${repeated}.`;
    }
    case INVALID_TASK_CPU: {
      if (!(strings(input, 'requiresCompatibilities') ?? []).includes('FARGATE'))
        return 'task-level cpu is in CPU units (1024 = 1 vCPU, from 128 to 196608) or vCPUs, e.g. "1 vCPU".';
      const platform = input['runtimePlatform'];
      const family = typeof platform === 'object' && platform !== null ? (platform as Record<string, unknown>)['operatingSystemFamily'] : undefined;
      return typeof family === 'string' && family.startsWith('WINDOWS')
        ? `Windows tasks on Fargate run 1, 2 or 4 vCPU (8 and 16 are Linux only); ${fargateSizesHint().replace(/^that cpu\/memory pair is not a Fargate size \(memory in MiB, 1 GB = 1024\): 256 CPU units take [^;]*; 512 take [^;]*; /, 'from 1024: ').replace(/; 8192 take .*$/, '.')}`
        : fargateSizesHint();
    }
    default:
      return null;
  }
}
