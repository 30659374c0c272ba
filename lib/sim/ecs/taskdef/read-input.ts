/**
 * Reads a RegisterTaskDefinition request (already parsed JSON of unknown shape) into typed input,
 * the way the service deserialises it: `null` counts as absent, unknown members are ignored, and a
 * value of the wrong JSON type stops the call with a SerializationException. Through the AWS CLI
 * botocore catches wrong types first; share links and scripts can still carry them.
 */
import {
  bool,
  int,
  isObject,
  isSet,
  listOf,
  mismatch,
  obj,
  str,
  stringMap,
  type Json,
  type Reading,
} from './json-readers';

export interface PortMappingInput {
  readonly containerPort?: number;
  readonly hostPort?: number;
  readonly protocol?: string;
}

export interface HealthCheckInput {
  readonly command?: readonly string[];
  readonly interval?: number;
  readonly timeout?: number;
  readonly retries?: number;
  readonly startPeriod?: number;
}

export interface ContainerInput {
  readonly name?: string;
  readonly image?: string;
  readonly cpu?: number;
  readonly memory?: number;
  readonly memoryReservation?: number;
  readonly essential?: boolean;
  readonly portMappings: readonly PortMappingInput[];
  readonly environment: readonly { readonly name: string; readonly value: string }[];
  readonly secrets: readonly { readonly name: string; readonly valueFrom: string }[];
  readonly command?: readonly string[];
  readonly entryPoint?: readonly string[];
  readonly dependsOn: readonly { readonly containerName?: string; readonly condition?: string }[];
  readonly healthCheck?: HealthCheckInput;
  readonly logConfiguration?: {
    readonly logDriver?: string;
    readonly options: Readonly<Record<string, string>>;
  };
  readonly stopTimeout?: number;
  /** Parameters set here that Fargate does not run (reference §2.2), in API order. */
  readonly fargateUnsupported: readonly string[];
}

export interface TaskInput {
  readonly family?: string;
  readonly taskRoleArn?: string;
  readonly executionRoleArn?: string;
  readonly networkMode?: string;
  readonly containerDefinitions?: readonly ContainerInput[];
  readonly placementConstraints: readonly { readonly type?: string; readonly expression?: string }[];
  readonly requiresCompatibilities: readonly string[];
  readonly cpu?: string;
  readonly memory?: string;
  readonly runtimePlatform?: { readonly cpuArchitecture?: string; readonly operatingSystemFamily?: string };
  /** Task-level parameters set here that Fargate does not run, in API order. */
  readonly fargateUnsupported: readonly string[];
}

function readContainer(reading: Reading, raw: Json): ContainerInput {
  const strings = (value: unknown) => listOf(reading, value, (v) => str(reading, v));
  const health = obj(reading, raw['healthCheck']);
  const log = obj(reading, raw['logConfiguration']);
  const linux = obj(reading, raw['linuxParameters']);
  const requirements = listOf(reading, raw['resourceRequirements'], (v) => obj(reading, v)) ?? [];
  const unsupported = [
    'links',
    'disableNetworking',
    'dnsSearchDomains',
    'dnsServers',
    'dockerSecurityOptions',
    'extraHosts',
    'privileged',
    'systemControls',
  ].filter((key) => isSet(raw[key]));
  if (linux !== undefined) unsupported.push(...['maxSwap', 'swappiness'].filter((key) => isSet(linux[key])));
  if (requirements.some((r) => r['type'] === 'GPU')) unsupported.push('gpu');
  return {
    name: str(reading, raw['name']),
    image: str(reading, raw['image']),
    cpu: int(reading, raw['cpu']),
    memory: int(reading, raw['memory']),
    memoryReservation: int(reading, raw['memoryReservation']),
    essential: bool(reading, raw['essential']),
    portMappings:
      listOf(reading, raw['portMappings'], (v) => {
        const m = obj(reading, v);
        if (m === undefined) return undefined;
        return {
          containerPort: int(reading, m['containerPort']),
          hostPort: int(reading, m['hostPort']),
          protocol: str(reading, m['protocol']),
        };
      }) ?? [],
    environment:
      listOf(reading, raw['environment'], (v) => {
        const e = obj(reading, v);
        return e === undefined
          ? undefined
          : { name: str(reading, e['name']) ?? '', value: str(reading, e['value']) ?? '' };
      }) ?? [],
    secrets:
      listOf(reading, raw['secrets'], (v) => {
        const s = obj(reading, v);
        return s === undefined
          ? undefined
          : { name: str(reading, s['name']) ?? '', valueFrom: str(reading, s['valueFrom']) ?? '' };
      }) ?? [],
    command: strings(raw['command']),
    entryPoint: strings(raw['entryPoint']),
    dependsOn:
      listOf(reading, raw['dependsOn'], (v) => {
        const d = obj(reading, v);
        return d === undefined
          ? undefined
          : { containerName: str(reading, d['containerName']), condition: str(reading, d['condition']) };
      }) ?? [],
    healthCheck:
      health === undefined
        ? undefined
        : {
            command: strings(health['command']),
            interval: int(reading, health['interval']),
            timeout: int(reading, health['timeout']),
            retries: int(reading, health['retries']),
            startPeriod: int(reading, health['startPeriod']),
          },
    logConfiguration:
      log === undefined
        ? undefined
        : { logDriver: str(reading, log['logDriver']), options: stringMap(reading, log['options']) ?? {} },
    stopTimeout: int(reading, raw['stopTimeout']),
    fargateUnsupported: unsupported,
  };
}

/** The typed request, or the SerializationException message for the first value of the wrong type. */
export function readTaskInput(raw: unknown): { ok: true; input: TaskInput } | { ok: false; message: string } {
  const reading: Reading = { error: null };
  const request = isObject(raw) ? raw : (mismatch(reading, raw, 'Structure') ?? {});
  const platform = obj(reading, request['runtimePlatform']);
  const constraints =
    listOf(reading, request['placementConstraints'], (v) => {
      const c = obj(reading, v);
      return c === undefined
        ? undefined
        : { type: str(reading, c['type']), expression: str(reading, c['expression']) };
    }) ?? [];
  const pidMode = str(reading, request['pidMode']);
  const input: TaskInput = {
    family: str(reading, request['family']),
    taskRoleArn: str(reading, request['taskRoleArn']),
    executionRoleArn: str(reading, request['executionRoleArn']),
    networkMode: str(reading, request['networkMode']),
    containerDefinitions: listOf(reading, request['containerDefinitions'], (v) => {
      const c = obj(reading, v);
      return c === undefined ? undefined : readContainer(reading, c);
    }),
    placementConstraints: constraints,
    requiresCompatibilities:
      listOf(reading, request['requiresCompatibilities'], (v) => str(reading, v)) ?? [],
    cpu: str(reading, request['cpu']),
    memory: str(reading, request['memory']),
    runtimePlatform:
      platform === undefined
        ? undefined
        : {
            cpuArchitecture: str(reading, platform['cpuArchitecture']),
            operatingSystemFamily: str(reading, platform['operatingSystemFamily']),
          },
    // Fargate platform 1.4.0 shares a task's PID namespace (`pidMode: task`); `host` it never allows.
    fargateUnsupported: [
      ...(pidMode !== undefined && pidMode !== 'task' ? ['pidMode'] : []),
      ...(isSet(str(reading, request['ipcMode'])) ? ['ipcMode'] : []),
      ...(constraints.length > 0 ? ['placementConstraints'] : []),
    ],
  };
  return reading.error === null ? { ok: true, input } : { ok: false, message: reading.error };
}
