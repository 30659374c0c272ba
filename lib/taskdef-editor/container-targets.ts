import { effectiveHostPort } from '../sim/ecs/taskdef/container-rules';
import { isPrivateEcrImage, parseTaskMemory } from '../sim/ecs/taskdef';
import type { NetworkMode } from '../sim/ecs/types';
import type { JsonTarget } from './json-tree';
import {
  containerNamed,
  containersOf,
  field,
  isRecord,
  mappingsOf,
  numberField,
  stringField,
  type Json,
} from './request-reading';

/**
 * Where in the request a per-container ECS refusal points (the rules of
 * lib/sim/ecs/taskdef/container-rules.ts and behaviour-rules.ts, found again in the learner's text).
 */

const value = (...path: (string | number)[]): JsonTarget => ({ path, part: 'value' });
const key = (...path: (string | number)[]): JsonTarget => ({ path, part: 'key' });
const CONTAINERS = 'containerDefinitions';

// The same patterns as container-rules.ts (§2.2).
const NAME = /^[A-Za-z0-9_-]{1,255}$/;
const IMAGE = /^[A-Za-z0-9_:./#@-]+$/;

type IdentityRule = 'name-empty' | 'name-invalid' | 'image-empty' | 'image-invalid' | 'image-too-long';

function breaks(container: Json, rule: IdentityRule): boolean {
  const name = stringField(container, 'name') ?? '';
  const image = stringField(container, 'image');
  switch (rule) {
    case 'name-empty':
      return name === '';
    case 'name-invalid':
      return name !== '' && !NAME.test(name);
    case 'image-empty':
      return image === undefined || image.trim() === '';
    case 'image-invalid':
      return image !== undefined && image.trim() !== '' && !IMAGE.test(image);
    case 'image-too-long':
      return image !== undefined && image.length > 255;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** The first container breaking a name/image rule: its value, or the container when the key is absent. */
export function identityTargets(request: unknown, rule: IdentityRule): JsonTarget[] {
  const found = containersOf(request).find(([, container]) => breaks(container, rule));
  if (found === undefined) return [key(CONTAINERS)];
  const member = rule.startsWith('name') ? 'name' : 'image';
  return [
    field(found[1], member) === undefined ? key(CONTAINERS, found[0]) : value(CONTAINERS, found[0], member),
  ];
}

/** Every later container whose name an earlier one already has. */
export function duplicateNameTargets(request: unknown): JsonTarget[] {
  const seen = new Set<string>();
  return containersOf(request).flatMap(([index, container]) => {
    const name = stringField(container, 'name') ?? '';
    if (!seen.has(name)) {
      seen.add(name);
      return [];
    }
    return [value(CONTAINERS, index, 'name')];
  });
}

const PORT_LIMITS: Readonly<Record<string, (port: number | undefined) => boolean>> = {
  containerPort: (port) => port === undefined || port < 1 || port > 65535,
  hostPort: (port) => port !== undefined && (port < 0 || port > 65535),
};

/** `Invalid 'FIELD' setting for container 'NAME'.`: FIELD of that container (a port: the bad mapping). */
export function containerSettingTargets(request: unknown, setting: string, name: string): JsonTarget[] {
  const found = containerNamed(request, name);
  if (found === undefined) return [key(CONTAINERS)];
  const [index, container] = found;
  const portLimit = PORT_LIMITS[setting];
  if (portLimit !== undefined) {
    const bad = mappingsOf(container).find(([, mapping]) => portLimit(numberField(mapping, setting)));
    if (bad === undefined) return [key(CONTAINERS, index, 'portMappings')];
    const [mappingIndex, mapping] = bad;
    const path = [CONTAINERS, index, 'portMappings', mappingIndex, setting];
    return [field(mapping, setting) === undefined ? key(...path.slice(0, -1)) : value(...path)];
  }
  return [value(CONTAINERS, index, ...setting.split('.'))];
}

/** The container a message names (its name, where a learner reads which one it is). */
export function namedContainerTargets(request: unknown, name: string, member = 'name'): JsonTarget[] {
  const found = containerNamed(request, name);
  if (found === undefined) return [key(CONTAINERS)];
  return [value(CONTAINERS, found[0], member)];
}

/** Each container memory above the task's, and the task's memory. */
export function memoryAboveTaskTargets(request: unknown): JsonTarget[] {
  const taskText = isRecord(request) ? stringField(request, 'memory') : undefined;
  const task = taskText === undefined ? null : parseTaskMemory(taskText);
  const containers = containersOf(request).flatMap(([index, container]) => {
    const memory = numberField(container, 'memory');
    return task !== null && memory !== undefined && memory > task ? [value(CONTAINERS, index, 'memory')] : [];
  });
  return [...containers, value('memory')];
}

/** A task-level total and the container values that add up to it. */
export function sumTargets(request: unknown, containerField: string, taskField: string): JsonTarget[] {
  const parts = containersOf(request).flatMap(([index, container]) =>
    numberField(container, containerField) === undefined ? [] : [value(CONTAINERS, index, containerField)],
  );
  return [value(taskField), ...parts];
}

function networkModeOf(request: unknown): NetworkMode {
  const mode = isRecord(request) ? stringField(request, 'networkMode') : undefined;
  return mode === 'host' || mode === 'awsvpc' || mode === 'none' ? mode : 'bridge';
}

/** awsvpc/host mode: the first hostPort that differs from its containerPort. */
export function hostPortMismatchTargets(request: unknown): JsonTarget[] {
  for (const [index, container] of containersOf(request)) {
    for (const [mappingIndex, mapping] of mappingsOf(container)) {
      const hostPort = numberField(mapping, 'hostPort');
      if (hostPort !== undefined && hostPort !== 0 && hostPort !== numberField(mapping, 'containerPort'))
        return [value(CONTAINERS, index, 'portMappings', mappingIndex, 'hostPort')];
    }
  }
  return [key(CONTAINERS)];
}

/** networkMode none: the first container with port mappings. */
export function portMappingsTargets(request: unknown): JsonTarget[] {
  const found = containersOf(request).find(([, container]) => mappingsOf(container).length > 0);
  return [found === undefined ? value('networkMode') : key(CONTAINERS, found[0], 'portMappings')];
}

/** The second mapping that binds PROTOCOL/PORT on the host (hostPort, or containerPort when it is used). */
export function hostPortTwiceTargets(request: unknown, protocol: string, port: number): JsonTarget[] {
  const mode = networkModeOf(request);
  let seen = false;
  for (const [index, container] of containersOf(request)) {
    for (const [mappingIndex, mapping] of mappingsOf(container)) {
      const containerPort = numberField(mapping, 'containerPort') ?? 0;
      const hostPort = numberField(mapping, 'hostPort');
      const sameProtocol = (stringField(mapping, 'protocol') ?? 'tcp').toLowerCase() === protocol;
      if (!sameProtocol || effectiveHostPort(mode, containerPort, hostPort) !== port) continue;
      if (seen) {
        const member = hostPort === undefined || hostPort === 0 ? 'containerPort' : 'hostPort';
        return [value(CONTAINERS, index, 'portMappings', mappingIndex, member)];
      }
      seen = true;
    }
  }
  return [key(CONTAINERS)];
}

/** The second mapping of the named container with that containerPort (dynamic host ports). */
export function containerPortTwiceTargets(
  request: unknown,
  protocol: string,
  port: number,
  name: string,
): JsonTarget[] {
  const found = containerNamed(request, name);
  if (found === undefined) return [key(CONTAINERS)];
  const [index, container] = found;
  const same = mappingsOf(container).filter(
    ([, mapping]) =>
      numberField(mapping, 'containerPort') === port &&
      (stringField(mapping, 'protocol') ?? 'tcp').toLowerCase() === protocol,
  );
  const second = same[1];
  return [
    second === undefined
      ? key(CONTAINERS, index, 'portMappings')
      : value(CONTAINERS, index, 'portMappings', second[0], 'containerPort'),
  ];
}

/** Each container value of `member` for which `test` holds (ECR images, awslogs drivers, secrets). */
export function containersWhere(
  request: unknown,
  path: readonly string[],
  test: (found: unknown) => boolean,
  part: 'key' | 'value' = 'value',
): JsonTarget[] {
  return containersOf(request).flatMap(([index, container]) => {
    let found: unknown = container;
    for (const step of path) found = isRecord(found) ? field(found, step) : undefined;
    return test(found) ? [{ path: [CONTAINERS, index, ...path], part }] : [];
  });
}

export const privateImageTargets = (request: unknown): JsonTarget[] =>
  containersWhere(request, ['image'], (image) => typeof image === 'string' && isPrivateEcrImage(image));

export const awslogsDriverTargets = (request: unknown): JsonTarget[] =>
  containersWhere(request, ['logConfiguration', 'logDriver'], (driver) => driver === 'awslogs');

export const secretsTargets = (request: unknown): JsonTarget[] =>
  containersWhere(request, ['secrets'], (secrets) => Array.isArray(secrets) && secrets.length > 0, 'key');

/** No essential container: every `"essential": false`. */
export const essentialTargets = (request: unknown): JsonTarget[] =>
  containersWhere(request, ['essential'], (essential) => essential === false);

/** awslogs without its options: the first such container's options (or its logConfiguration). */
export function awslogsOptionsTargets(request: unknown): JsonTarget[] {
  const [first] = awslogsDriverTargets(request);
  if (first === undefined) return [key(CONTAINERS)];
  const index = first.path[1] as number;
  const container = containersOf(request).find(([i]) => i === index)?.[1];
  const log = container === undefined ? undefined : field(container, 'logConfiguration');
  return isRecord(log) && field(log, 'options') !== undefined
    ? [key(CONTAINERS, index, 'logConfiguration', 'options')]
    : [key(CONTAINERS, index, 'logConfiguration')];
}
