import * as m from '../sim/ecs/taskdef/messages';
import type { JsonTarget } from './json-tree';
import { memberPathSegments } from './printed-path';
import { field, isRecord, listAt, stringField } from './request-reading';
import {
  awslogsDriverTargets,
  awslogsOptionsTargets,
  containerPortTwiceTargets,
  containerSettingTargets,
  containersWhere,
  duplicateNameTargets,
  essentialTargets,
  hostPortMismatchTargets,
  hostPortTwiceTargets,
  identityTargets,
  memoryAboveTaskTargets,
  namedContainerTargets,
  portMappingsTargets,
  privateImageTargets,
  secretsTargets,
  sumTargets,
} from './container-targets';
import {
  essentialDependencyTargets,
  healthyDependencyTargets,
  missingDependencyTargets,
} from './dependency-targets';

/**
 * The places in the request an ECS ClientException is about (messages of
 * lib/sim/ecs/taskdef/messages.ts). An empty list: the message names no field (line 1).
 */

const value = (...path: (string | number)[]): JsonTarget => ({ path, part: 'value' });
const key = (...path: (string | number)[]): JsonTarget => ({ path, part: 'key' });

/** The FARGATE entry of requiresCompatibilities: what makes ECS apply the Fargate rules. */
function fargateEntry(request: unknown): JsonTarget {
  const index = listAt(request, 'requiresCompatibilities').indexOf('FARGATE');
  return index === -1 ? key('requiresCompatibilities') : value('requiresCompatibilities', index);
}

const topLevel = (request: unknown, member: string): boolean =>
  isRecord(request) && field(request, member) !== undefined;

/** `Tasks using the Fargate launch type do not support X.`: the task's X, else each container's. */
function fargateUnsupportedTargets(request: unknown, parameter: string): JsonTarget[] {
  if (topLevel(request, parameter)) return [key(parameter)];
  const path =
    parameter === 'gpu'
      ? ['resourceRequirements']
      : parameter === 'maxSwap' || parameter === 'swappiness'
        ? ['linuxParameters', parameter]
        : [parameter];
  const found = containersWhere(request, path, (setting) => setting !== undefined, 'key');
  return found.length > 0 ? found : [fargateEntry(request)];
}

const EXACT: Readonly<Record<string, (request: unknown) => JsonTarget[]>> = {
  [m.FAMILY_EMPTY]: () => [value('family')],
  [m.FAMILY_INVALID]: () => [value('family')],
  [m.TOO_MANY_CONSTRAINTS]: () => [key('placementConstraints')],
  [m.DISTINCT_INSTANCE_IN_TASK_DEFINITION]: (request) => {
    const index = listAt(request, 'placementConstraints').findIndex(
      (constraint) => isRecord(constraint) && stringField(constraint, 'type') === 'distinctInstance',
    );
    return [index === -1 ? key('placementConstraints') : value('placementConstraints', index, 'type')];
  },
  [m.CONTAINER_LIST_EMPTY]: () => [key('containerDefinitions')],
  [m.TOO_MANY_CONTAINERS]: () => [key('containerDefinitions')],
  [m.NAME_EMPTY]: (request) => identityTargets(request, 'name-empty'),
  [m.NAME_INVALID]: (request) => identityTargets(request, 'name-invalid'),
  [m.IMAGE_EMPTY]: (request) => identityTargets(request, 'image-empty'),
  [m.IMAGE_INVALID]: (request) => identityTargets(request, 'image-invalid'),
  [m.IMAGE_TOO_LONG]: (request) => identityTargets(request, 'image-too-long'),
  [m.DUPLICATE_CONTAINER_NAMES]: duplicateNameTargets,
  [m.INVALID_TASK_CPU]: () => [value('cpu')],
  [m.INVALID_TASK_MEMORY]: () => [value('memory')],
  [m.FARGATE_NEEDS_AWSVPC]: (request) => [
    topLevel(request, 'networkMode') ? value('networkMode') : fargateEntry(request),
  ],
  [m.FARGATE_NEEDS_CPU]: (request) => [fargateEntry(request)],
  [m.FARGATE_NEEDS_MEMORY]: (request) => [fargateEntry(request)],
  [m.FARGATE_ECR_NEEDS_EXECUTION_ROLE]: privateImageTargets,
  [m.FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE]: awslogsDriverTargets,
  [m.SECRETS_NEED_EXECUTION_ROLE]: secretsTargets,
  [m.EXTERNAL_NO_AWSVPC]: () => [value('networkMode')],
  [m.CONTAINER_MEMORY_ABOVE_TASK]: memoryAboveTaskTargets,
  [m.SUM_OF_RESERVATIONS]: (request) => sumTargets(request, 'memoryReservation', 'memory'),
  [m.SUM_OF_CPU]: (request) => sumTargets(request, 'cpu', 'cpu'),
  [m.AWSVPC_PORTS_MUST_MATCH]: hostPortMismatchTargets,
  [m.HOST_PORTS_MUST_MATCH]: hostPortMismatchTargets,
  [m.NONE_MODE_NO_PORTS]: portMappingsTargets,
  [m.NO_ESSENTIAL]: (request) => {
    const found = essentialTargets(request);
    return found.length > 0 ? found : [key('containerDefinitions')];
  },
  [m.DEPENDENCY_ESSENTIAL]: essentialDependencyTargets,
};

type PatternRule = readonly [RegExp, (request: unknown, groups: readonly string[]) => JsonTarget[]];

const PATTERNS: readonly PatternRule[] = [
  [
    /^1 validation error detected: Value '.*' at '([\w.]+)' failed to satisfy constraint/s,
    (_, [path]) => [{ path: memberPathSegments(path ?? ''), part: 'value' }],
  ],
  [
    /^Invalid '([\w.]+)' setting for container '(.*)'\.$/s,
    (request, [setting, name]) => containerSettingTargets(request, setting ?? '', name ?? ''),
  ],
  [
    /^Invalid setting for container '(.*)'\. At least one of 'memory' or 'memoryReservation' must be specified\.$/s,
    (request, [name]) => namedContainerTargets(request, name ?? ''),
  ],
  [
    /^Invalid setting for container '(.*)'\. 'memory' must be greater than or equal to 'memoryReservation'\.$/s,
    (request, [name]) => namedContainerTargets(request, name ?? '', 'memory'),
  ],
  [
    /^(TCP|UDP) host port '(\d+)' is mapped multiple times in task\.$/,
    (request, [protocol, port]) =>
      hostPortTwiceTargets(request, (protocol ?? '').toLowerCase(), Number(port)),
  ],
  [
    /^(TCP|UDP) container port '(\d+)' is mapped multiple times in container '(.*)'\.$/s,
    (request, [protocol, port, name]) =>
      containerPortTwiceTargets(request, (protocol ?? '').toLowerCase(), Number(port), name ?? ''),
  ],
  [/^Log driver awslogs requires options: /, (request) => awslogsOptionsTargets(request)],
  [
    /^Cannot depend on container \+ '(.*)' because it does not exist$/s,
    (request, [name]) => missingDependencyTargets(request, name ?? ''),
  ],
  [
    /^Container '(.*)' must have a health check to be a dependency with the HEALTHY condition\.$/s,
    (request, [name]) => healthyDependencyTargets(request, name ?? ''),
  ],
  [
    /^Tasks using the Fargate launch type do not support (\w+)\.$/,
    (request, [parameter]) => fargateUnsupportedTargets(request, parameter ?? ''),
  ],
];

/** Where an ECS refusal of RegisterTaskDefinition points in `request`; [] when it names no field. */
export function ecsMessageTargets(message: string, request: unknown): JsonTarget[] {
  const exact = EXACT[message];
  if (exact !== undefined) return exact(request);
  for (const [pattern, targets] of PATTERNS) {
    const match = pattern.exec(message);
    if (match !== null) return targets(request, match.slice(1));
  }
  return [];
}
