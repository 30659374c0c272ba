import { describe, expect, it } from 'vitest';
import {
  CAPACITY_PROVIDER_STRATEGY,
  DEPLOYMENT_CONFIGURATION,
  LOAD_BALANCERS,
  NETWORK_CONFIGURATION,
  PLACEMENT_STRATEGY,
  REGISTER_TASK_DEFINITION_INPUT,
  validateParams,
} from './index';

const SEED = JSON.parse(
  '{"family":"webserver","containerDefinitions":[{"name":"web","image":"nginx","memory":"100","cpu":"99"}],' +
    '"requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","memory":"512","cpu":"256"}',
) as unknown;

const CONTAINER_MEMBERS =
  'name, image, repositoryCredentials, cpu, memory, memoryReservation, links, portMappings, essential, ' +
  'restartPolicy, entryPoint, command, environment, environmentFiles, mountPoints, volumesFrom, ' +
  'linuxParameters, secrets, dependsOn, startTimeout, stopTimeout, versionConsistency, hostname, user, ' +
  'workingDirectory, disableNetworking, privileged, readonlyRootFilesystem, dnsServers, dnsSearchDomains, ' +
  'extraHosts, dockerSecurityOptions, interactive, pseudoTerminal, dockerLabels, ulimits, logConfiguration, ' +
  'healthCheck, systemControls, resourceRequirements, firelensConfiguration, credentialSpecs';

describe('REGISTER_TASK_DEFINITION_INPUT', () => {
  it("refuses the seed's container memory then cpu as strings, in the input's key order, and accepts the task-level strings (reference §2.4)", () => {
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, SEED)).toBe(
      [
        'Parameter validation failed:',
        "Invalid type for parameter containerDefinitions[0].memory, value: 100, type: <class 'str'>, valid types: <class 'int'>",
        "Invalid type for parameter containerDefinitions[0].cpu, value: 99, type: <class 'str'>, valid types: <class 'int'>",
      ].join('\n'),
    );
  });

  it('accepts the seed once the container numbers are integers', () => {
    const fixed = JSON.parse(JSON.stringify(SEED).replace('"100"', '100').replace('"99"', '99')) as unknown;
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, fixed)).toBeNull();
  });

  it('lists the ContainerDefinition members in API order for a misspelt one', () => {
    const input = { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx', memroy: 100 }] };
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, input)).toBe(
      `Parameter validation failed:\nUnknown parameter in containerDefinitions[0]: "memroy", must be one of: ${CONTAINER_MEMBERS}`,
    );
  });

  it('requires family and containerDefinitions, the two required members (reference §2.1)', () => {
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, {})).toBe(
      'Parameter validation failed:\nMissing required parameter in input: "family"\nMissing required parameter in input: "containerDefinitions"',
    );
  });

  it("leaves a container's missing name and image to ECS, since the model does not require them", () => {
    expect(
      validateParams(REGISTER_TASK_DEFINITION_INPUT, { family: 'web', containerDefinitions: [{}] }),
    ).toBeNull();
  });

  it('reports a missing member of a nested required structure', () => {
    const input = {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', secrets: [{ name: 'DB' }], healthCheck: {} }],
    };
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, input)).toBe(
      [
        'Parameter validation failed:',
        'Missing required parameter in containerDefinitions[0].secrets[0]: "valueFrom"',
        'Missing required parameter in containerDefinitions[0].healthCheck: "command"',
      ].join('\n'),
    );
  });

  it('refuses a task-level cpu given as a number (it is a string in the API)', () => {
    expect(
      validateParams(REGISTER_TASK_DEFINITION_INPUT, { family: 'web', containerDefinitions: [], cpu: 256 }),
    ).toBe(
      "Parameter validation failed:\nInvalid type for parameter cpu, value: 256, type: <class 'int'>, valid types: <class 'str'>",
    );
  });

  it('refuses an empty tag key with the length form (TagKey has min 1)', () => {
    const input = { family: 'web', containerDefinitions: [], tags: [{ key: '', value: '' }] };
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, input)).toBe(
      'Parameter validation failed:\nInvalid length for parameter tags[0].key, value: 0, valid min length: 1',
    );
  });

  it('refuses the nulls describe-task-definition output carries when pasted back', () => {
    const input = { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx', command: null }] };
    expect(validateParams(REGISTER_TASK_DEFINITION_INPUT, input)).toBe(
      "Parameter validation failed:\nInvalid type for parameter containerDefinitions[0].command, value: None, type: <class 'NoneType'>, valid types: <class 'list'>, <class 'tuple'>",
    );
  });
});

describe('RunTask and CreateService structures', () => {
  it('checks networkConfiguration.awsvpcConfiguration and its required subnets', () => {
    expect(validateParams(NETWORK_CONFIGURATION, { awsvpcConfiguration: {} }, 'networkConfiguration')).toBe(
      'Parameter validation failed:\nMissing required parameter in networkConfiguration.awsvpcConfiguration: "subnets"',
    );
    expect(
      validateParams(
        NETWORK_CONFIGURATION,
        { awsvpcConfiguration: { subnets: 'subnet-1' } },
        'networkConfiguration',
      ),
    ).toBe(
      "Parameter validation failed:\nInvalid type for parameter networkConfiguration.awsvpcConfiguration.subnets, value: subnet-1, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>",
    );
  });

  it('lists type and field for a placement strategy', () => {
    expect(validateParams(PLACEMENT_STRATEGY, [{ type: 'spread', feild: 'x' }], 'placementStrategy')).toBe(
      'Parameter validation failed:\nUnknown parameter in placementStrategy[0]: "feild", must be one of: type, field',
    );
  });

  it('checks a load balancer containerPort is an int', () => {
    expect(validateParams(LOAD_BALANCERS, [{ containerPort: '80' }], 'loadBalancers')).toBe(
      "Parameter validation failed:\nInvalid type for parameter loadBalancers[0].containerPort, value: 80, type: <class 'str'>, valid types: <class 'int'>",
    );
  });

  it('requires enable and rollback in a deployment circuit breaker', () => {
    expect(
      validateParams(
        DEPLOYMENT_CONFIGURATION,
        { deploymentCircuitBreaker: { enable: true } },
        'deploymentConfiguration',
      ),
    ).toBe(
      'Parameter validation failed:\nMissing required parameter in deploymentConfiguration.deploymentCircuitBreaker: "rollback"',
    );
  });

  it('range-checks a capacity provider weight and base (min 0)', () => {
    expect(
      validateParams(
        CAPACITY_PROVIDER_STRATEGY,
        [{ capacityProvider: 'cp', weight: -1, base: -2 }],
        'capacityProviderStrategy',
      ),
    ).toBe(
      [
        'Parameter validation failed:',
        'Invalid value for parameter capacityProviderStrategy[0].weight, value: -1, valid min value: 0',
        'Invalid value for parameter capacityProviderStrategy[0].base, value: -2, valid min value: 0',
      ].join('\n'),
    );
  });
});
