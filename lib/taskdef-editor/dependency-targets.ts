import type { JsonTarget } from './json-tree';
import { containersOf, field, isRecord, listAt, stringField, type Json } from './request-reading';

/** Where a `dependsOn` refusal points (lib/sim/ecs/taskdef/behaviour-rules.ts, dependencyProblem). */

interface Dependency {
  readonly path: (string | number)[];
  readonly dependency: Json;
}

function dependencies(request: unknown): Dependency[] {
  return containersOf(request).flatMap(([index, container]) =>
    listAt(container, 'dependsOn').flatMap((dependency, depIndex) =>
      isRecord(dependency)
        ? [{ path: ['containerDefinitions', index, 'dependsOn', depIndex], dependency }]
        : [],
    ),
  );
}

function at(dependency: Dependency, member: string): JsonTarget {
  return field(dependency.dependency, member) === undefined
    ? { path: dependency.path, part: 'key' }
    : { path: [...dependency.path, member], part: 'value' };
}

const fallback: JsonTarget = { path: ['containerDefinitions'], part: 'key' };

/** `Cannot depend on container + 'NAME' because it does not exist`: each dependsOn naming it. */
export function missingDependencyTargets(request: unknown, name: string): JsonTarget[] {
  const found = dependencies(request).filter(
    (d) => (stringField(d.dependency, 'containerName') ?? '') === name,
  );
  return found.length === 0 ? [fallback] : found.map((d) => at(d, 'containerName'));
}

/** A HEALTHY dependency on a container without a health check: those conditions. */
export function healthyDependencyTargets(request: unknown, name: string): JsonTarget[] {
  const found = dependencies(request).filter(
    (d) =>
      stringField(d.dependency, 'containerName') === name &&
      stringField(d.dependency, 'condition') === 'HEALTHY',
  );
  return found.length === 0 ? [fallback] : found.map((d) => at(d, 'condition'));
}

/** A SUCCESS/COMPLETE dependency on an essential container: those conditions. */
export function essentialDependencyTargets(request: unknown): JsonTarget[] {
  const essential = new Set(
    containersOf(request)
      .filter(([, container]) => field(container, 'essential') !== false)
      .map(([, container]) => stringField(container, 'name') ?? ''),
  );
  const found = dependencies(request).filter((d) => {
    const condition = stringField(d.dependency, 'condition');
    return (
      (condition === 'SUCCESS' || condition === 'COMPLETE') &&
      essential.has(stringField(d.dependency, 'containerName') ?? '')
    );
  });
  return found.length === 0 ? [fallback] : found.map((d) => at(d, 'condition'));
}
