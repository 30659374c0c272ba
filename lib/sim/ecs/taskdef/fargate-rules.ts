import { isValidFargateSize } from './fargate-sizes';
import * as m from './messages';
import type { TaskInput } from './read-input';

/**
 * What a task definition must satisfy to run on Fargate (reference §2.2–2.4): awsvpc, task-level
 * cpu and memory forming a size of the §2.3 table, none of the parameters Fargate does not run,
 * and an execution role when the image is in a private ECR registry or logs go to awslogs.
 */

/** Any account's private ECR registry: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/…`. */
const PRIVATE_ECR = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

export function isPrivateEcrImage(image: string): boolean {
  return PRIVATE_ECR.test(image);
}

/** Windows tasks on Fargate run 1, 2 or 4 vCPU (§2.3: at least 1 vCPU; 8 and 16 vCPU are Linux only). */
const WINDOWS_MIN_CPU = 1024;
const WINDOWS_MAX_CPU = 4096;

/** The first Fargate rule the request breaks, or null when Fargate can run it. */
export function fargateProblem(
  input: TaskInput,
  cpu: number | null,
  memory: number | null,
  isPrivateImage: (image: string) => boolean = isPrivateEcrImage,
): string | null {
  if (input.networkMode !== 'awsvpc') return m.FARGATE_NEEDS_AWSVPC;
  if (cpu === null) return m.FARGATE_NEEDS_CPU;
  if (memory === null) return m.FARGATE_NEEDS_MEMORY;
  if (!isValidFargateSize(cpu, memory)) return m.INVALID_TASK_CPU;
  const windows = (input.runtimePlatform?.operatingSystemFamily ?? 'LINUX').startsWith('WINDOWS');
  if (windows && (cpu < WINDOWS_MIN_CPU || cpu > WINDOWS_MAX_CPU)) return m.INVALID_TASK_CPU;
  const [taskParameter] = input.fargateUnsupported;
  if (taskParameter !== undefined) return m.fargateUnsupported(taskParameter);
  const containers = input.containerDefinitions ?? [];
  for (const c of containers) {
    const [parameter] = c.fargateUnsupported;
    if (parameter !== undefined) return m.fargateUnsupported(parameter);
  }
  const hasRole = (input.executionRoleArn ?? '') !== '';
  if (!hasRole && containers.some((c) => isPrivateImage(c.image ?? '')))
    return m.FARGATE_ECR_NEEDS_EXECUTION_ROLE;
  if (!hasRole && containers.some((c) => c.logConfiguration?.logDriver === 'awslogs'))
    return m.FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE;
  return null;
}
