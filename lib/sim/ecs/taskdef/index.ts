/**
 * ECS task definitions (reference §2): ECS's validation and normalisation of RegisterTaskDefinition,
 * family revisions, deregistration, resolving `family` / `family:revision` / ARN references,
 * DescribeTaskDefinition's JSON, Fargate sizes and what a task reserves.
 */
export type { NewTaskDefinition } from './build-definition';
export { FARGATE_SIZES, isValidFargateSize, type FargateSize } from './fargate-sizes';
export { isPrivateEcrImage } from './fargate-rules';
export { KNOWN_MESSAGES } from './messages';
export {
  deregisterTaskDefinition,
  registerTaskDefinition,
  taskDefinitionArn,
  type TaskDefinitionChange,
} from './register';
export { requiresAttributes } from './requires-attributes';
export {
  describeTaskDefinitionRef,
  latestActiveRevision,
  parseTaskDefinitionRef,
  resolveTaskDefinition,
  UNABLE_TO_DESCRIBE,
  type Resolved,
  type TaskDefinitionRef,
} from './resolve';
export { taskDefinitionJson } from './task-definition-json';
export { parseTaskCpu, parseTaskMemory } from './units';
export {
  DEFAULT_VALIDATION_CONTEXT,
  validateTaskDefinition,
  type TaskDefinitionError,
  type TaskDefinitionValidation,
  type ValidationContext,
} from './validate-task-definition';
