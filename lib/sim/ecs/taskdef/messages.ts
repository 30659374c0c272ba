/**
 * What ECS answers when it refuses a task definition, in AWS's words. Each text says where it comes
 * from: reference §2.4 (shared/reference/aws-containers.md), a public issue that quotes the API,
 * or "unconfirmed" where no source with the literal text was found and the wording follows the
 * nearest confirmed message.
 */

// ---------------------------------------------------------------- reference §2.4
export const CONTAINER_LIST_EMPTY = 'Container list cannot be empty.';
export const TOO_MANY_CONTAINERS = 'Too many containers.';
export const DUPLICATE_CONTAINER_NAMES = 'Container names must be unique within a Task Definition.';
export const NAME_EMPTY = 'Container.name should not be null or empty.';
export const IMAGE_EMPTY = 'Container.image should not be null or empty.';
export const NAME_INVALID = 'Container.name contains invalid characters.';
export const IMAGE_INVALID = 'Container.image contains invalid characters.';
export const NO_ESSENTIAL = "Task definition doesn't have any essential container.";
export const INVALID_TASK_CPU = "Invalid 'cpu' setting for task.";
export const FARGATE_NEEDS_CPU = "Fargate requires that 'cpu' be defined at the task level.";
export const FARGATE_NEEDS_MEMORY = "Fargate requires that 'memory' be defined at the task level.";
/** AWS prints typographic quotes here (reference §2.4). */
export const FARGATE_NEEDS_AWSVPC = 'Fargate only supports network mode ‘awsvpc’.';
export const FARGATE_ECR_NEEDS_EXECUTION_ROLE =
  'Fargate requires task definition to have execution role ARN to support ECR images.';
export const FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE =
  'Fargate requires task definition to have execution role ARN to support log driver awslogs.';
export const SECRETS_NEED_EXECUTION_ROLE =
  "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.";
export const SUM_OF_RESERVATIONS =
  "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.";
export const DEPENDENCY_ESSENTIAL =
  'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container';

export function memoryNotSpecified(container: string): string {
  return `Invalid setting for container '${container}'. At least one of 'memory' or 'memoryReservation' must be specified.`;
}

/** Reference §2.4: found only as a heading on Harness's troubleshooting page (wording may vary). */
export const CONTAINER_MEMORY_ABOVE_TASK = "The 'memory' setting for container is greater than for the task";

// ---------------------------------------------------------------- quoted in public issues
/** klothoplatform/klotho#892 (2024). */
export const SUM_OF_CPU =
  "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.";
/** aws/amazon-ecs-cli#1014, pulumi/pulumi-awsx#935. */
export const AWSVPC_PORTS_MUST_MATCH =
  'When networkMode=awsvpc, the host ports and container ports in port mappings must match.';
/** aws/aws-cli#7288, aws/aws-cdk#8762. */
export function invalidContainerSetting(field: string, container: string): string {
  return `Invalid '${field}' setting for container '${container}'.`;
}
/** aws/amazon-ecs-agent#1220. */
export function hostPortMappedTwice(protocol: string, port: number): string {
  return `${protocol.toUpperCase()} host port '${port}' is mapped multiple times in task.`;
}
/** klothoplatform/klotho#892 lists both options missing; naming only the missing ones is extrapolated. */
export function awslogsRequiresOptions(missing: readonly string[]): string {
  return `Log driver awslogs requires options: ${missing.join(', ')}`;
}
/** eagletmt/hako#99 quotes it "along the lines of" this, stray `+` included (AWS's own typo). */
export function dependencyMissing(container: string): string {
  return `Cannot depend on container + '${container}' because it does not exist`;
}
/** cn-terraform/terraform-aws-ecs-fargate#2 (ipcMode); the other parameters follow the same form (unconfirmed). */
export function fargateUnsupported(parameter: string): string {
  return `Tasks using the Fargate launch type do not support ${parameter}.`;
}

// ---------------------------------------------------------------- unconfirmed (no literal source found)
/** Unconfirmed: the API only says memory must be greater than memoryReservation (reference §2.4 note). */
export function memoryBelowReservation(container: string): string {
  return `Invalid setting for container '${container}'. 'memory' must be greater than or equal to 'memoryReservation'.`;
}
/** Unconfirmed: follows the awsvpc message. */
export const HOST_PORTS_MUST_MATCH =
  'When networkMode=host, the host ports and container ports in port mappings must match.';
/** Unconfirmed. */
export const NONE_MODE_NO_PORTS = 'Port mappings are not supported when networkMode=none.';
/** Unconfirmed: follows the host-port message. */
export function containerPortMappedTwice(protocol: string, port: number, container: string): string {
  return `${protocol.toUpperCase()} container port '${port}' is mapped multiple times in container '${container}'.`;
}
/** Unconfirmed. */
export function healthyNeedsHealthCheck(container: string): string {
  return `Container '${container}' must have a health check to be a dependency with the HEALTHY condition.`;
}
/** Unconfirmed: follows "Invalid 'containerPort' setting for container". */
export function invalidHealthCheck(field: string, container: string): string {
  return `Invalid 'healthCheck.${field}' setting for container '${container}'.`;
}
/** Unconfirmed: follows "Invalid 'cpu' setting for task.". */
export const INVALID_TASK_MEMORY = "Invalid 'memory' setting for task.";
/** Unconfirmed: follows the Container.name messages. */
export const FAMILY_EMPTY = 'Family should not be null or empty.';
export const FAMILY_INVALID = 'Family contains invalid characters.';
/** Unconfirmed: the image rule says up to 255 characters (reference §2.2). */
export const IMAGE_TOO_LONG = 'Container.image should not be longer than 255 characters.';
/** Unconfirmed: §4.3 says distinctInstance is not allowed in a task definition. */
export const DISTINCT_INSTANCE_IN_TASK_DEFINITION =
  'The distinctInstance placement constraint is not supported in a task definition.';
/** Unconfirmed. */
export const TOO_MANY_CONSTRAINTS = 'Too many placement constraints. The limit is 10.';
/** Unconfirmed: ECS Anywhere has no awsvpc network mode. */
export const EXTERNAL_NO_AWSVPC = 'External launch type does not support network mode awsvpc.';
/** Unconfirmed: the `1 validation error detected` form other AWS APIs use for an enum. */
export function notInEnum(value: string, field: string, allowed: readonly string[]): string {
  return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`;
}

/** The texts above as patterns, for tests that check every refusal is one of them. */
export const KNOWN_MESSAGES: readonly RegExp[] = [
  CONTAINER_LIST_EMPTY,
  TOO_MANY_CONTAINERS,
  DUPLICATE_CONTAINER_NAMES,
  NAME_EMPTY,
  IMAGE_EMPTY,
  NAME_INVALID,
  IMAGE_INVALID,
  NO_ESSENTIAL,
  INVALID_TASK_CPU,
  FARGATE_NEEDS_CPU,
  FARGATE_NEEDS_MEMORY,
  FARGATE_NEEDS_AWSVPC,
  FARGATE_ECR_NEEDS_EXECUTION_ROLE,
  FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE,
  SECRETS_NEED_EXECUTION_ROLE,
  SUM_OF_RESERVATIONS,
  DEPENDENCY_ESSENTIAL,
  CONTAINER_MEMORY_ABOVE_TASK,
  SUM_OF_CPU,
  AWSVPC_PORTS_MUST_MATCH,
  HOST_PORTS_MUST_MATCH,
  NONE_MODE_NO_PORTS,
  INVALID_TASK_MEMORY,
  FAMILY_EMPTY,
  FAMILY_INVALID,
  IMAGE_TOO_LONG,
  DISTINCT_INSTANCE_IN_TASK_DEFINITION,
  TOO_MANY_CONSTRAINTS,
  EXTERNAL_NO_AWSVPC,
]
  .map((text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
  .concat([
    /^Invalid setting for container '.*'\. At least one of 'memory' or 'memoryReservation' must be specified\.$/s,
    /^Invalid '[\w.]+' setting for container '.*'\.$/s,
    /^(TCP|UDP) host port '\d+' is mapped multiple times in task\.$/,
    /^Log driver awslogs requires options: [\w, -]+$/,
    /^Cannot depend on container \+ '.*' because it does not exist$/s,
    /^Tasks using the Fargate launch type do not support \w+\.$/,
    /^Invalid setting for container '.*'\. 'memory' must be greater than or equal to 'memoryReservation'\.$/s,
    /^(TCP|UDP) container port '\d+' is mapped multiple times in container '.*'\.$/s,
    /^Container '.*' must have a health check to be a dependency with the HEALTHY condition\.$/s,
    /^Invalid 'healthCheck\.\w+' setting for container '.*'\.$/s,
    /^1 validation error detected: Value '.*' at '[\w.]+' failed to satisfy constraint: Member must satisfy enum value set: \[.*\]$/s,
  ]);
