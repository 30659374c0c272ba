import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../sim/ecs/init';
import { clusterWithInstances, ecsConsole } from './ecs-console-driver';
import { ecsErrorHint, subnetHint } from './hints';
import { fargateSizesHint } from './registration-hints';

const state = initEcsState(1);
const invalid = (message: string) => ecsErrorHint({ code: 'InvalidParameterException', message }, state);
const B =
  'aws ecs register-task-definition --family b --container-definitions name=web,image=nginx,memory=128';

describe('subnetHint', () => {
  it("lists the account's subnets with their zones and suggests the nearest id", () => {
    const hint = subnetHint(state, 'subnet-0a1b2c3d4e5f6071');
    expect(hint).toMatch(/^did you mean "subnet-0a1b2c3d4e5f60718"\?/);
    for (const subnet of state.subnets) expect(hint).toContain(`${subnet.id} (${subnet.az})`);
  });
});

describe('ecsErrorHint', () => {
  it('explains empty and invalid memberOf expressions (§4.3)', () => {
    expect(invalid('memberOf expression should be specified.')).toMatch(
      /^a memberOf constraint needs an expression, e\.g\. --placement-constraints '\[\{"type":"memberOf"/,
    );
    expect(
      invalid("Invalid memberOf expression 'attribute:ecs.instance-type = = t3': Unexpected character"),
    ).toMatch(/attribute:NAME OPERATOR VALUE/);
  });

  it('answers an unknown subnet and a network configuration for a bridge task (§2.2)', () => {
    expect(
      invalid(
        "Error retrieving subnet information for [subnet-1]: The subnet ID 'subnet-1' does not exist (ErrorCode: InvalidSubnetID.NotFound)",
      ),
    ).toBe(subnetHint(state, 'subnet-1'));
    expect(
      invalid('Network Configuration is not valid for the given networkMode of this task definition.'),
    ).toMatch(/only awsvpc task definitions take --network-configuration/);
  });

  it('gives the whole Fargate size table for an invalid task cpu (§2.3)', () => {
    expect(ecsErrorHint({ code: 'ClientException', message: "Invalid 'cpu' setting for task." }, state)).toBe(
      fargateSizesHint(),
    );
  });

  it('prints placement and subnet hints under the real errors in the console', () => {
    const sim = clusterWithInstances().setup(B);
    const empty = sim.type('aws ecs run-task --task-definition b --placement-constraints type=memberOf');
    expect(empty.toolOutput()).toBe(
      'An error occurred (InvalidParameterException) when calling the RunTask operation: memberOf expression should be specified.',
    );
    expect(empty.hint()).toMatch(/^Dockyard: a memberOf constraint needs an expression/);
    const bad = sim.type(
      'aws ecs create-service --service-name s --task-definition b --desired-count 1 --placement-constraints "type=memberOf,expression=attribute:ecs.availability-zone in us-east-1b"',
    );
    expect(bad.toolOutput()).toMatch(/CreateService operation: Invalid memberOf expression/);
    expect(bad.hint()).toMatch(/^Dockyard: an expression reads attribute:NAME OPERATOR VALUE/);
  });

  it('answers an unknown subnet for Fargate tasks and for EC2 instances', () => {
    const web = JSON.stringify({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'web', image: 'nginx' }],
    });
    const task = ecsConsole(1, { 'web.json': web })
      .setup('aws ecs create-cluster', 'aws ecs register-task-definition --cli-input-json file://web.json')
      .type(
        'aws ecs run-task --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-12345678]}"',
      );
    expect(task.toolOutput()).toMatch(/Error retrieving subnet information for \[subnet-12345678\]/);
    expect(task.hint()).toMatch(/^Dockyard: subnets here: subnet-0a1b2c3d4e5f60718 \(us-east-1a\)/);
    const instance = ecsConsole().type(
      'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.medium --subnet-id subnet-12345678',
    );
    expect(instance.toolOutput()).toBe(
      "An error occurred (InvalidSubnetID.NotFound) when calling the RunInstances operation: The subnet ID 'subnet-12345678' does not exist",
    );
    expect(instance.hint()).toMatch(/^Dockyard: subnets here:/);
  });
});
