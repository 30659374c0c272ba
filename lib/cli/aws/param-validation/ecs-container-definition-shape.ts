import { boolean, integer, list, string, STRING_LIST, STRING_MAP, structure, type Shape } from './shape';

/**
 * The ECS API's `ContainerDefinition` and the structures inside it, members in the model's order
 * (botocore/data/ecs/2014-11-13/service-2.json; the order botocore lists in "must be one of").
 * ECS models its numbers as plain `Integer`/`BoxedInteger` and its strings as `String`, none with a
 * `min`, so botocore checks only types and required members here. The member lists follow the
 * aws-cli copy of the model plus the members added since (restartPolicy, versionConsistency,
 * credentialSpecs), placed where the current SDKs declare them.
 */

export const KEY_VALUE_PAIR = structure({ name: string(), value: string() });

export const SECRET = structure({ name: string(), valueFrom: string() }, ['name', 'valueFrom']);

export const PORT_MAPPING = structure({
  containerPort: integer(),
  hostPort: integer(),
  protocol: string(),
  name: string(),
  appProtocol: string(),
  containerPortRange: string(),
});

export const HEALTH_CHECK = structure(
  {
    command: STRING_LIST,
    interval: integer(),
    timeout: integer(),
    retries: integer(),
    startPeriod: integer(),
  },
  ['command'],
);

export const LOG_CONFIGURATION = structure(
  { logDriver: string(), options: STRING_MAP, secretOptions: list(SECRET) },
  ['logDriver'],
);

const LINUX_PARAMETERS = structure({
  capabilities: structure({ add: STRING_LIST, drop: STRING_LIST }),
  devices: list(
    structure({ hostPath: string(), containerPath: string(), permissions: STRING_LIST }, ['hostPath']),
  ),
  initProcessEnabled: boolean(),
  sharedMemorySize: integer(),
  tmpfs: list(
    structure({ containerPath: string(), size: integer(), mountOptions: STRING_LIST }, [
      'containerPath',
      'size',
    ]),
  ),
  maxSwap: integer(),
  swappiness: integer(),
});

export const CONTAINER_DEFINITION: Shape = structure(
  {
    name: string(),
    image: string(),
    repositoryCredentials: structure({ credentialsParameter: string() }, ['credentialsParameter']),
    cpu: integer(),
    memory: integer(),
    memoryReservation: integer(),
    links: STRING_LIST,
    portMappings: list(PORT_MAPPING),
    essential: boolean(),
    restartPolicy: structure(
      { enabled: boolean(), ignoredExitCodes: list(integer()), restartAttemptPeriod: integer() },
      ['enabled'],
    ),
    entryPoint: STRING_LIST,
    command: STRING_LIST,
    environment: list(KEY_VALUE_PAIR),
    environmentFiles: list(structure({ value: string(), type: string() }, ['value', 'type'])),
    mountPoints: list(structure({ sourceVolume: string(), containerPath: string(), readOnly: boolean() })),
    volumesFrom: list(structure({ sourceContainer: string(), readOnly: boolean() })),
    linuxParameters: LINUX_PARAMETERS,
    secrets: list(SECRET),
    dependsOn: list(
      structure({ containerName: string(), condition: string() }, ['containerName', 'condition']),
    ),
    startTimeout: integer(),
    stopTimeout: integer(),
    versionConsistency: string(),
    hostname: string(),
    user: string(),
    workingDirectory: string(),
    disableNetworking: boolean(),
    privileged: boolean(),
    readonlyRootFilesystem: boolean(),
    dnsServers: STRING_LIST,
    dnsSearchDomains: STRING_LIST,
    extraHosts: list(structure({ hostname: string(), ipAddress: string() }, ['hostname', 'ipAddress'])),
    dockerSecurityOptions: STRING_LIST,
    interactive: boolean(),
    pseudoTerminal: boolean(),
    dockerLabels: STRING_MAP,
    ulimits: list(
      structure({ name: string(), softLimit: integer(), hardLimit: integer() }, [
        'name',
        'softLimit',
        'hardLimit',
      ]),
    ),
    logConfiguration: LOG_CONFIGURATION,
    healthCheck: HEALTH_CHECK,
    systemControls: list(structure({ namespace: string(), value: string() })),
    resourceRequirements: list(structure({ value: string(), type: string() }, ['value', 'type'])),
    firelensConfiguration: structure({ type: string(), options: STRING_MAP }, ['type']),
    credentialSpecs: STRING_LIST,
  },
  // No required members: the model leaves name and image optional and ECS itself answers
  // `Container.name should not be null or empty.` (reference §2.4), so botocore never reports them.
);
