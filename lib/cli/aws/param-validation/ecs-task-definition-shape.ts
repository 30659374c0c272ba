import { CONTAINER_DEFINITION, KEY_VALUE_PAIR } from './ecs-container-definition-shape';
import { boolean, integer, list, string, STRING_LIST, STRING_MAP, structure, type Shape } from './shape';

/**
 * The input of ECS RegisterTaskDefinition (`RegisterTaskDefinitionRequest`), members in the
 * model's order. `cpu` and `memory` are strings at the task level (`"256"`, `"1 vCPU"`), unlike a
 * container's integers: that is why the seed's `"memory": "512"` is fine on the task and
 * `"memory": "100"` is refused in a container (reference §2.4).
 */

/** `TagKey` is the one ECS string with a `min` (1); `TagValue` has min 0. */
export const TAGS: Shape = list(structure({ key: string(1), value: string(0) }));

const VOLUME = structure({
  name: string(),
  host: structure({ sourcePath: string() }),
  dockerVolumeConfiguration: structure({
    scope: string(),
    autoprovision: boolean(),
    driver: string(),
    driverOpts: STRING_MAP,
    labels: STRING_MAP,
  }),
  efsVolumeConfiguration: structure(
    {
      fileSystemId: string(),
      rootDirectory: string(),
      transitEncryption: string(),
      transitEncryptionPort: integer(),
      authorizationConfig: structure({ accessPointId: string(), iam: string() }),
    },
    ['fileSystemId'],
  ),
  fsxWindowsFileServerVolumeConfiguration: structure(
    {
      fileSystemId: string(),
      rootDirectory: string(),
      authorizationConfig: structure({ credentialsParameter: string(), domain: string() }, [
        'credentialsParameter',
        'domain',
      ]),
    },
    ['fileSystemId', 'rootDirectory', 'authorizationConfig'],
  ),
  configuredAtLaunch: boolean(),
});

/** `TaskDefinitionPlacementConstraint`: the kind a task definition may carry. */
export const TASK_DEFINITION_PLACEMENT_CONSTRAINTS: Shape = list(
  structure({ type: string(), expression: string() }),
);

export const REGISTER_TASK_DEFINITION_INPUT: Shape = structure(
  {
    family: string(),
    taskRoleArn: string(),
    executionRoleArn: string(),
    networkMode: string(),
    containerDefinitions: list(CONTAINER_DEFINITION),
    volumes: list(VOLUME),
    placementConstraints: TASK_DEFINITION_PLACEMENT_CONSTRAINTS,
    requiresCompatibilities: STRING_LIST,
    cpu: string(),
    memory: string(),
    tags: TAGS,
    pidMode: string(),
    ipcMode: string(),
    proxyConfiguration: structure(
      { type: string(), containerName: string(), properties: list(KEY_VALUE_PAIR) },
      ['containerName'],
    ),
    inferenceAccelerators: list(
      structure({ deviceName: string(), deviceType: string() }, ['deviceName', 'deviceType']),
    ),
    ephemeralStorage: structure({ sizeInGiB: integer() }, ['sizeInGiB']),
    runtimePlatform: structure({ cpuArchitecture: string(), operatingSystemFamily: string() }),
    enableFaultInjection: boolean(),
  },
  ['family', 'containerDefinitions'],
);
