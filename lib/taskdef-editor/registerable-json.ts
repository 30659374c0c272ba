import { taskDefinitionJson } from '../cli/ecs/format/task-definition-json';
import type { TaskDefinition } from '../sim/ecs/types';

/**
 * What `aws ecs describe-task-definition` prints for a revision, minus the fields ECS sets itself
 * and RegisterTaskDefinition refuses as unknown parameters: the JSON people save and register
 * again (`… --query taskDefinition` and then deleting these keys).
 */
export const READ_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
] as const;

export function registerableInput(definition: TaskDefinition): Record<string, unknown> {
  const described = taskDefinitionJson(definition);
  return Object.fromEntries(
    Object.entries(described).filter(([key]) => !(READ_ONLY_FIELDS as readonly string[]).includes(key)),
  );
}

/** The registerable input as the editor shows it: two-space JSON, a final newline. */
export function registerableJson(definition: TaskDefinition): string {
  return `${JSON.stringify(registerableInput(definition), null, 2)}\n`;
}

/** `family:revision`, as the select lists revisions and the console names them. */
export const revisionLabel = (definition: Pick<TaskDefinition, 'family' | 'revision'>): string =>
  `${definition.family}:${definition.revision}`;
