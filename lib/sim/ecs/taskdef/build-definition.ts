import type {
  Compatibility,
  ContainerDefinition,
  NetworkMode,
  PlacementConstraint,
  TaskDefinition,
} from '../types';
import { HEALTH_CHECK_RANGES, isCondition } from './behaviour-rules';
import { effectiveHostPort } from './container-rules';
import type { ContainerInput, TaskInput } from './read-input';

/** A task definition as validated, before registration gives it a revision, an ARN and a status. */
export type NewTaskDefinition = Omit<
  TaskDefinition,
  'revision' | 'arn' | 'status' | 'registeredAt' | 'deregisteredAt'
>;

/**
 * The definition ECS stores from a request that passed validation, with ECS's defaults filled in
 * (reference §2.2): `essential` true, container `cpu` 0, protocol `tcp`, awsvpc/host host ports
 * equal to the container ports and bridge's omitted host port as 0 (dynamic), health-check
 * interval 30 / timeout 5 / retries 3. Parameters the simulator does not model are not kept.
 */
export function buildContainer(c: ContainerInput, mode: NetworkMode): ContainerDefinition {
  const check = c.healthCheck;
  return {
    name: c.name ?? '',
    image: c.image ?? '',
    cpu: c.cpu ?? 0,
    memory: c.memory ?? null,
    memoryReservation: c.memoryReservation ?? null,
    essential: c.essential ?? true,
    portMappings: c.portMappings.map((p) => ({
      containerPort: p.containerPort ?? 0,
      hostPort: effectiveHostPort(mode, p.containerPort ?? 0, p.hostPort),
      protocol: p.protocol === 'udp' ? 'udp' : 'tcp',
    })),
    environment: c.environment,
    secrets: c.secrets,
    command: c.command ?? null,
    entryPoint: c.entryPoint ?? null,
    dependsOn: c.dependsOn.flatMap((d) =>
      d.containerName !== undefined && d.condition !== undefined && isCondition(d.condition)
        ? [{ containerName: d.containerName, condition: d.condition }]
        : [],
    ),
    healthCheck:
      check === undefined
        ? null
        : {
            command: check.command ?? [],
            interval: check.interval ?? HEALTH_CHECK_RANGES.interval.default,
            timeout: check.timeout ?? HEALTH_CHECK_RANGES.timeout.default,
            retries: check.retries ?? HEALTH_CHECK_RANGES.retries.default,
            startPeriod: check.startPeriod ?? HEALTH_CHECK_RANGES.startPeriod.default,
          },
    logConfiguration:
      c.logConfiguration === undefined
        ? null
        : { logDriver: c.logConfiguration.logDriver ?? '', options: c.logConfiguration.options },
    stopTimeout: c.stopTimeout ?? null,
  };
}

export function buildDefinition(
  input: TaskInput,
  parts: {
    readonly networkMode: NetworkMode;
    readonly cpu: number | null;
    readonly memory: number | null;
    readonly compatibilities: readonly Compatibility[];
  },
): NewTaskDefinition {
  const platform = input.runtimePlatform;
  const constraints: PlacementConstraint[] = input.placementConstraints.map((c) =>
    c.expression === undefined ? { type: 'memberOf' } : { type: 'memberOf', expression: c.expression },
  );
  return {
    family: input.family ?? '',
    networkMode: parts.networkMode,
    requiresCompatibilities: input.requiresCompatibilities as readonly Compatibility[],
    compatibilities: parts.compatibilities,
    cpu: parts.cpu,
    memory: parts.memory,
    executionRoleArn: input.executionRoleArn ?? null,
    taskRoleArn: input.taskRoleArn ?? null,
    runtimePlatform:
      platform === undefined
        ? null
        : {
            operatingSystemFamily: platform.operatingSystemFamily ?? 'LINUX',
            cpuArchitecture: platform.cpuArchitecture === 'ARM64' ? 'ARM64' : 'X86_64',
          },
    placementConstraints: constraints,
    containerDefinitions: (input.containerDefinitions ?? []).map((c) => buildContainer(c, parts.networkMode)),
  };
}
