import type { CommandError, Json } from '../core/types';
import { applyObject, resourceName, type KubeObject } from './objects';
import type { World } from './world';

/** One object's outcome in a multi-document apply: kubectl's `deployment.apps/web created`, or its error. */
export type AppliedObject =
  | { readonly resource: string; readonly result: string }
  | { readonly resource: string; readonly error: CommandError };

/**
 * `kubectl apply -f` of a file with several documents applies each in order; one refused object
 * does not stop the others, and kubectl reports each. Only when none could be applied (no cluster
 * to reach) does the whole command fail.
 */
export function applyObjects(
  world: World,
  objects: readonly KubeObject[],
): { ok: true; response: Json } | CommandError {
  const applied: AppliedObject[] = [];
  for (const object of objects) {
    const outcome = applyObject(world, object);
    const resource = resourceName(object.kind, object.name);
    if ('code' in outcome) {
      if (outcome.code === 'Unreachable') return outcome;
      applied.push({ resource, error: outcome });
    } else {
      const response = outcome.response as { result?: string } | null;
      applied.push({ resource, result: response?.result ?? 'configured' });
    }
  }
  return { ok: true, response: applied as unknown as Json };
}
