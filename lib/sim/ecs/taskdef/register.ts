import type { CommandError } from '../../core/types';
import { arn } from '../catalog';
import type { TaskDefinition } from '../types';
import { emit, refused, type World } from '../world';
import { parseTaskDefinitionRef, UNABLE_TO_DESCRIBE } from './resolve';
import {
  DEFAULT_VALIDATION_CONTEXT,
  validateTaskDefinition,
  type ValidationContext,
} from './validate-task-definition';

export type TaskDefinitionChange =
  | { readonly ok: true; readonly definition: TaskDefinition }
  | { readonly ok: false; readonly error: CommandError };

/** `arn:aws:ecs:us-east-1:123456789012:task-definition/FAMILY:REVISION` (§2.2). */
export function taskDefinitionArn(family: string, revision: number): string {
  return arn('ecs', `task-definition/${family}:${revision}`);
}

/** §2.2 and §2.5: revision 1 first, then one more than the highest ever used (INACTIVE ones count). */
function nextRevision(world: World, family: string): number {
  let highest = 0;
  for (const def of world.taskDefinitions)
    if (def.family === family && def.revision > highest) highest = def.revision;
  return highest + 1;
}

/**
 * RegisterTaskDefinition: validates `input` as ECS does, then stores it as the family's next
 * revision, ACTIVE. A refusal leaves the state as it was and logs the error event.
 */
export function registerTaskDefinition(
  world: World,
  input: unknown,
  context: ValidationContext = DEFAULT_VALIDATION_CONTEXT,
): TaskDefinitionChange {
  const validation = validateTaskDefinition(input, context);
  if (!validation.ok)
    return { ok: false, error: refused(world, validation.error.code, validation.error.message) };
  const { family } = validation.definition;
  const revision = nextRevision(world, family);
  const definition: TaskDefinition = {
    ...validation.definition,
    revision,
    arn: taskDefinitionArn(family, revision),
    status: 'ACTIVE',
    registeredAt: world.now,
    deregisteredAt: null,
  };
  world.taskDefinitions.push(definition);
  emit(
    world,
    'task-definition-registered',
    'success',
    `Task definition ${family}:${revision} registered (ACTIVE)`,
  );
  return { ok: true, definition };
}

/**
 * DeregisterTaskDefinition: the revision becomes INACTIVE (§2.5: still describable; running tasks
 * and services keep it; no new task may use it). The call names a revision (`family:revision` or
 * the ARN). An unknown revision is refused with DescribeTaskDefinition's `Unable to describe task
 * definition.` (seen in scripts that deregister: unconfirmed for this call); a bare family or a
 * revision that is not a number with `Invalid revision number.` (unconfirmed for this call).
 * Deregistering an INACTIVE revision again changes nothing.
 */
export function deregisterTaskDefinition(world: World, ref: string): TaskDefinitionChange {
  const parsed = parseTaskDefinitionRef(ref);
  if (parsed.kind !== 'revision')
    return { ok: false, error: refused(world, 'ClientException', 'Invalid revision number.') };
  const index = world.taskDefinitions.findIndex(
    (d) => d.family === parsed.family && d.revision === parsed.revision,
  );
  const current = world.taskDefinitions[index];
  if (current === undefined)
    return { ok: false, error: refused(world, 'ClientException', UNABLE_TO_DESCRIBE) };
  if (current.status === 'INACTIVE') return { ok: true, definition: current };
  const definition: TaskDefinition = { ...current, status: 'INACTIVE', deregisteredAt: world.now };
  world.taskDefinitions[index] = definition;
  emit(
    world,
    'task-definition-deregistered',
    'info',
    `Task definition ${definition.family}:${definition.revision} deregistered (INACTIVE)`,
  );
  return { ok: true, definition };
}
