import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../cli/run-console-line';
import { cliFiles } from '../cli/aws/input/cli-files';
import { ECS_EXAMPLE_FILES } from '../sim/ecs/example-files';
import { ecsSimulator } from '../sim/ecs/simulator';
import type { EcsState } from '../sim/ecs/types';
import {
  createServiceCommand,
  createServiceScript,
  launchTypeFor,
  shellWord,
} from './create-service-command';
import { ecsSession } from './testing/editor-test-session';
import { serviceOptions } from './service-options';

const fixed = JSON.parse(ECS_EXAMPLE_FILES['webserver-fixed.json'] ?? '{}') as Record<string, unknown>;
const bridge = { family: 'api', containerDefinitions: [{ name: 'api', image: 'nginx', memory: 128 }] };
const ec2Awsvpc = { ...bridge, family: 'api-vpc', networkMode: 'awsvpc', requiresCompatibilities: ['EC2'] };
const options = {
  cluster: 'default',
  family: 'webserver',
  revision: 3,
  subnets: ['subnet-a', 'subnet-b'],
  securityGroups: ['sg-1'],
};

describe('createServiceCommand', () => {
  it('runs a Fargate awsvpc definition with its subnets, security group and a public IP', () => {
    expect(createServiceCommand(fixed, options)).toBe(
      'aws ecs create-service --cluster default --service-name webserver --task-definition webserver:3 --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-a,subnet-b],securityGroups=[sg-1],assignPublicIp=ENABLED}"',
    );
  });

  it('leaves the network configuration out in bridge mode, and the public IP out on EC2', () => {
    expect(createServiceCommand(bridge, { ...options, family: 'api', revision: null })).toBe(
      'aws ecs create-service --cluster default --service-name api --task-definition api --desired-count 2 --launch-type EC2',
    );
    expect(createServiceCommand(ec2Awsvpc, options)).toMatch(
      /--launch-type EC2 --network-configuration "awsvpcConfiguration=\{subnets=\[subnet-a,subnet-b\],securityGroups=\[sg-1\]\}"$/,
    );
  });

  it('takes the launch type from requiresCompatibilities', () => {
    expect(launchTypeFor({ requiresCompatibilities: ['EC2', 'FARGATE'] })).toBe('FARGATE');
    expect(launchTypeFor({ requiresCompatibilities: ['EXTERNAL'] })).toBe('EXTERNAL');
    expect(launchTypeFor({})).toBe('EC2');
    expect(launchTypeFor('not a request')).toBe('EC2');
  });

  it('quotes words bash would split', () => {
    expect(shellWord('web-1')).toBe('web-1');
    expect(shellWord("it's mine")).toBe(`'it'\\''s mine'`);
  });

  it('writes a script that says how to register first', () => {
    const script = createServiceScript(fixed, options, 'webserver.json');
    expect(script.split('\n')).toEqual([
      '#!/bin/sh',
      '# Runs the task definition webserver as an Amazon ECS service (exported from Dockyard).',
      '# Register it first; the revision printed there is the one to use in --task-definition:',
      '#   aws ecs register-task-definition --cli-input-json file://webserver.json',
      createServiceCommand(fixed, options),
      '',
    ]);
  });
});

describe('the exported command in the console', () => {
  function run(session: ReturnType<typeof ecsSession>, line: string, files: Record<string, string> = {}) {
    return runConsoleLine(session, line, ecsSimulator.cli, cliFiles({ ...ECS_EXAMPLE_FILES, ...files }));
  }

  it.each([
    ['a Fargate awsvpc definition', fixed],
    ['an EC2 bridge definition', bridge],
    ['an EC2 awsvpc definition', ec2Awsvpc],
  ])('is accepted after registering %s', (_, definition) => {
    let session = ecsSession(['aws ecs create-cluster --cluster-name default']);
    const files = { 'draft.json': JSON.stringify(definition) };
    session = run(
      session,
      'aws ecs register-task-definition --cli-input-json file://draft.json',
      files,
    ).session;
    session = run(
      session,
      'aws ecs register-task-definition --cli-input-json file://draft.json',
      files,
    ).session;
    const family = String(definition['family']);
    const state = session.state as EcsState;
    const command = createServiceCommand(definition, serviceOptions(state, family));
    expect(command).toContain(`--task-definition ${family}:2`);
    const result = run(session, command);
    expect(result.isError, result.output).toBe(false);
    expect((result.session.state as EcsState).services.map((service) => service.name)).toEqual([family]);
  });
});

describe('serviceOptions', () => {
  it('prefers the default cluster, else the first active one, and uses every default subnet', () => {
    const state = ecsSession(['aws ecs create-cluster --cluster-name prod']).state as EcsState;
    const picked = serviceOptions(state, 'webserver');
    expect(picked.cluster).toBe('prod');
    expect(picked.revision).toBeNull();
    expect(picked.subnets).toEqual(state.subnets.map((subnet) => subnet.id));
    expect(picked.subnets.length).toBeGreaterThan(1);
    const both = ecsSession([
      'aws ecs create-cluster --cluster-name prod',
      'aws ecs create-cluster --cluster-name default',
    ]);
    expect(serviceOptions(both.state as EcsState, 'webserver').cluster).toBe('default');
  });
});
