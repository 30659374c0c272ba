import { describe, expect, it } from 'vitest';
import { ecsConsole } from '../ecs-console-driver';

const REGISTER =
  'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256';

describe('aws ecs task definitions', () => {
  it('registers from options and prints taskDefinition with ECS defaults filled in (§2.1)', () => {
    const out = ecsConsole().type(REGISTER);
    expect(out.json()).toMatchObject({
      taskDefinition: {
        taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
        containerDefinitions: [{ name: 'web', image: 'nginx', cpu: 0, memory: 256, essential: true }],
        revision: 1,
        status: 'ACTIVE',
      },
    });
  });

  it('registers from --cli-input-json and a JSON --container-definitions alike', () => {
    const files = {
      'web.json': JSON.stringify({
        family: 'web',
        containerDefinitions: [{ name: 'web', image: 'nginx', memory: 128 }],
      }),
    };
    expect(
      ecsConsole(1, files).type('aws ecs register-task-definition --cli-input-json file://web.json').isError,
    ).toBe(false);
    const json = ecsConsole().type(
      `aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx","memory":128}]'`,
    );
    expect(json.isError).toBe(false);
  });

  it("passes ECS's own refusal through (ClientException, §2.4)", () => {
    const out = ecsConsole().type(
      'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx',
    );
    expect(out.toolOutput()).toBe(
      "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.",
    );
  });

  it('numbers revisions, lists them, and lists families (§2.2)', () => {
    const sim = ecsConsole().setup(REGISTER, REGISTER);
    expect(sim.type('aws ecs list-task-definitions').json()).toEqual({
      taskDefinitionArns: [
        'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
        'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2',
      ],
    });
    expect(sim.type('aws ecs list-task-definitions --sort DESC --family-prefix web').json()).toMatchObject({
      taskDefinitionArns: [expect.stringMatching(/web:2$/), expect.stringMatching(/web:1$/)],
    });
    expect(sim.type('aws ecs list-task-definition-families').json()).toEqual({ families: ['web'] });
  });

  it('deregisters a revision: INACTIVE, still describable, listed under --status INACTIVE (§2.5)', () => {
    const sim = ecsConsole()
      .setup(REGISTER)
      .setup('aws ecs deregister-task-definition --task-definition web:1');
    expect(sim.type('aws ecs describe-task-definition --task-definition web:1').json()).toMatchObject({
      taskDefinition: { status: 'INACTIVE' },
    });
    expect(sim.type('aws ecs list-task-definitions --status INACTIVE').json()).toEqual({
      taskDefinitionArns: ['arn:aws:ecs:us-east-1:123456789012:task-definition/web:1'],
    });
    expect(sim.type('aws ecs list-task-definition-families --status INACTIVE').json()).toEqual({
      families: ['web'],
    });
  });

  it("refuses to describe what does not exist in ECS's words", () => {
    expect(ecsConsole().type('aws ecs describe-task-definition --task-definition nope').toolOutput()).toBe(
      'An error occurred (ClientException) when calling the DescribeTaskDefinition operation: Unable to describe task definition.',
    );
  });
});
