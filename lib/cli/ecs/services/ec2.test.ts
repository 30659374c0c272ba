import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import { tokenize } from '../../tokenize';
import { awsProgram } from '../aws-program';
import { ECS_AMI_PARAMETER, ecsConsole, filesContext } from '../ecs-console-driver';

const LAUNCH = `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole`;

function dispatched(line: string, files: Record<string, string> = {}) {
  const tokens = tokenize(line);
  if (!tokens.ok) throw new Error(tokens.error);
  const result = awsProgram.run(tokens.tokens.slice(1), initEcsState(1), filesContext(files));
  if (result.kind !== 'dispatch') throw new Error(result.output);
  return result.command;
}

interface Reservation {
  Instances: { InstanceId: string; State: { Name: string }; IamInstanceProfile?: { Arn: string } }[];
  ReservationId: string;
}

describe('aws ec2 run-instances', () => {
  it('passes the user data as text (the CLI base64-encodes it for RunInstances) and the profile name', () => {
    expect(
      dispatched(`${LAUNCH} --user-data file://ud.sh --count 2`, {
        'ud.sh': 'echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n',
      }),
    ).toEqual({
      type: 'RunInstances',
      count: 2,
      instanceType: 't3.medium',
      imageId: ECS_AMI_PARAMETER,
      instanceProfile: 'ecsInstanceRole',
      userData: 'echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n',
      subnetId: null,
    });
  });

  it('takes the instance profile by ARN as well', () => {
    expect(
      dispatched(
        `aws ec2 run-instances --image-id ami-0c5ee9a4b1f2d3e48 --instance-type t3.small --iam-instance-profile Arn=arn:aws:iam::123456789012:instance-profile/ecsInstanceRole`,
      ),
    ).toMatchObject({ instanceProfile: 'ecsInstanceRole', count: 1 });
  });

  it('prints the reservation with pending instances and their instance profile', () => {
    const out = ecsConsole().type(`${LAUNCH} --count 2`);
    const json = out.json<Reservation>();
    expect(json.ReservationId).toMatch(/^r-0[0-9a-f]{16}$/);
    expect(json.Instances.map((i) => i.State.Name)).toEqual(['pending', 'pending']);
    expect(json.Instances[0]?.IamInstanceProfile?.Arn).toBe(
      'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
    );
  });

  it("asks for the image id in EC2's words, then shows the ECS-optimized AMI line", () => {
    const out = ecsConsole().type('aws ec2 run-instances --instance-type t3.medium');
    expect(out.toolOutput()).toBe(
      'An error occurred (MissingParameter) when calling the RunInstances operation: The request must contain the parameter ImageId',
    );
    expect(out.hint()).toContain(ECS_AMI_PARAMETER);
  });

  it('answers --dry-run without launching', () => {
    const out = ecsConsole().type(`${LAUNCH} --dry-run`);
    expect(out.toolOutput()).toBe(
      'An error occurred (DryRunOperation) when calling the RunInstances operation: Request would have succeeded, but DryRun flag is set.',
    );
    expect(out.state.instances).toEqual([]);
  });

  it('checks a --dry-run request as EC2 would: a bad instance type is still refused', () => {
    const out = ecsConsole().type(
      `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type t3.hug --dry-run`,
    );
    expect(out.toolOutput()).toBe(
      "An error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't3.hug' for InstanceType.",
    );
    expect(out.hint()).toMatch(/^Dockyard: did you mean "t3\.huge"\?|^Dockyard: instance types here/);
  });
});

describe('aws ec2 describe, stop, start and terminate', () => {
  it("describes, stops and terminates with EC2's state changes", () => {
    const sim = ecsConsole().setup(LAUNCH).wait(60_000);
    const id = sim.state.instances[0]?.id ?? '';
    expect(
      sim.type('aws ec2 describe-instances').json<{ Reservations: Reservation[] }>().Reservations[0]
        ?.Instances[0]?.State.Name,
    ).toBe('running');
    expect(sim.type(`aws ec2 stop-instances --instance-ids ${id}`).json()).toEqual({
      StoppingInstances: [
        {
          CurrentState: { Code: 64, Name: 'stopping' },
          InstanceId: id,
          PreviousState: { Code: 16, Name: 'running' },
        },
      ],
    });
    expect(sim.type(`aws ec2 terminate-instances --instance-ids ${id}`).json()).toMatchObject({
      TerminatingInstances: [{ CurrentState: { Name: 'shutting-down' }, InstanceId: id }],
    });
  });

  it("refuses malformed and unknown ids in EC2's words", () => {
    expect(ecsConsole().type('aws ec2 describe-instances --instance-ids i-xyz').toolOutput()).toBe(
      'An error occurred (InvalidInstanceID.Malformed) when calling the DescribeInstances operation: Invalid id: "i-xyz"',
    );
    expect(
      ecsConsole().type('aws ec2 describe-instances --instance-ids i-0123456789abcdef0').toolOutput(),
    ).toBe(
      "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist",
    );
  });

  it('filters by instance-state-name', () => {
    const sim = ecsConsole().setup(LAUNCH).wait(60_000);
    expect(
      sim.type('aws ec2 describe-instances --filters Name=instance-state-name,Values=stopped').json(),
    ).toEqual({ Reservations: [] });
  });
});

describe('aws ec2 describe-subnets and create-launch-template', () => {
  it("lists the default VPC's subnets, one per Availability Zone", () => {
    const json = ecsConsole()
      .type('aws ec2 describe-subnets')
      .json<{ Subnets: { SubnetId: string; AvailabilityZone: string; DefaultForAz: boolean }[] }>();
    expect(json.Subnets.map((s) => s.AvailabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(json.Subnets.every((s) => s.DefaultForAz)).toBe(true);
    expect(ecsConsole().type('aws ec2 describe-subnets --subnet-ids subnet-nope').toolOutput()).toBe(
      "An error occurred (InvalidSubnetID.NotFound) when calling the DescribeSubnets operation: The subnet ID 'subnet-nope' does not exist",
    );
  });

  it('decodes the base64 UserData of a launch template for the engine', () => {
    const data = JSON.stringify({
      ImageId: 'ami-0c5ee9a4b1f2d3e48',
      InstanceType: 't3.medium',
      IamInstanceProfile: { Name: 'ecsInstanceRole' },
      UserData: btoa('echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config'),
    });
    expect(
      dispatched(
        `aws ec2 create-launch-template --launch-template-name ecs --launch-template-data '${data}'`,
      ),
    ).toEqual({
      type: 'CreateLaunchTemplate',
      name: 'ecs',
      imageId: 'ami-0c5ee9a4b1f2d3e48',
      instanceType: 't3.medium',
      instanceProfile: 'ecsInstanceRole',
      userData: 'echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config',
    });
  });

  it("refuses UserData that is not base64 in EC2's words", () => {
    const data = JSON.stringify({ ImageId: 'ami-0c5ee9a4b1f2d3e48', UserData: '#!/bin/bash echo hi' });
    expect(
      ecsConsole()
        .type(`aws ec2 create-launch-template --launch-template-name ecs --launch-template-data '${data}'`)
        .toolOutput(),
    ).toBe(
      'An error occurred (InvalidUserData.Malformed) when calling the CreateLaunchTemplate operation: Invalid BASE64 encoding of user data.',
    );
  });
});
