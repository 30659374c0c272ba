import { describe, expect, it } from 'vitest';
import { vmConsole } from './vm-console-driver';

const AMI = 'ami-0abcdef1234567890';
const launch = (count = 2, type = 't3.small') =>
  vmConsole(1).type(`aws ec2 run-instances --image-id ${AMI} --instance-type ${type} --count ${count}`);
const USAGE_HEAD = 'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]';

describe('aws ec2 run-instances', () => {
  it('prints the reservation JSON the AWS CLI prints, with pending instances', () => {
    const sim = launch(2);
    const json = JSON.parse(sim.output) as {
      Instances: { InstanceId: string; State: unknown; InstanceType: string; AmiLaunchIndex: number }[];
      ReservationId: string;
      OwnerId: string;
    };
    expect(json.ReservationId).toMatch(/^r-0[0-9a-f]{16}$/);
    expect(json.Instances.map((i) => i.InstanceId)).toEqual(sim.state.vms.map((vm) => vm.id));
    expect(json.Instances[1]).toMatchObject({
      AmiLaunchIndex: 1,
      InstanceType: 't3.small',
      State: { Code: 0, Name: 'pending' },
    });
    expect(sim.output).toContain('\n    "Instances": [\n        {\n            "AmiLaunchIndex": 0,');
  });

  it('reports a full host as InsufficientInstanceCapacity', () => {
    const sim = launch(8, 't3.large');
    expect(sim.isError).toBe(true);
    expect(sim.output).toMatch(
      /^An error occurred \(InsufficientInstanceCapacity\) when calling the RunInstances operation: We currently do not have sufficient t3\.large capacity/,
    );
  });

  it('reports a missing image id and an unknown type like EC2', () => {
    expect(vmConsole().type('aws ec2 run-instances --instance-type t3.small').output).toBe(
      'An error occurred (MissingParameter) when calling the RunInstances operation: The request must contain the parameter ImageId',
    );
    expect(launch(1, 't3.huge').output).toBe(
      "An error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't3.huge' for InstanceType.",
    );
  });

  it('answers --dry-run without launching anything', () => {
    const sim = vmConsole().type(
      `aws ec2 run-instances --image-id ${AMI} --instance-type t3.small --dry-run`,
    );
    expect(sim.output).toBe(
      'An error occurred (DryRunOperation) when calling the RunInstances operation: Request would have succeeded, but DryRun flag is set.',
    );
    expect(sim.state.vms).toEqual([]);
  });

  it('ignores real parameters it does not simulate, such as --key-name', () => {
    expect(
      vmConsole().type(
        `aws ec2 run-instances --image-id ${AMI} --instance-type t3.micro --key-name my-key --security-group-ids sg-1 sg-2`,
      ).isError,
    ).toBe(false);
  });
});

describe('aws ec2 describe-instances', () => {
  it('groups instances by reservation and shows their current state', () => {
    const sim = launch(2).wait(200_000).type('aws ec2 describe-instances');
    const json = JSON.parse(sim.output) as {
      Reservations: { Instances: { State: { Code: number; Name: string } }[] }[];
    };
    expect(json.Reservations).toHaveLength(1);
    expect(json.Reservations[0]?.Instances.map((i) => i.State)).toEqual([
      { Code: 16, Name: 'running' },
      { Code: 16, Name: 'running' },
    ]);
  });

  it('filters by --instance-ids and reports unknown ones', () => {
    const sim = launch(2);
    const id = sim.state.vms[1]?.id ?? '';
    const json = JSON.parse(sim.type(`aws ec2 describe-instances --instance-ids ${id}`).output) as {
      Reservations: { Instances: unknown[] }[];
    };
    expect(json.Reservations[0]?.Instances).toHaveLength(1);
    expect(sim.type('aws ec2 describe-instances --instance-ids i-0123456789abcdef0').output).toBe(
      "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist",
    );
  });

  it('prints an empty list when there are no instances', () => {
    expect(vmConsole().type('aws ec2 describe-instances').output).toBe('{\n    "Reservations": []\n}');
  });
});

describe('aws ec2 terminate-instances', () => {
  it('prints TerminatingInstances with the current and previous state', () => {
    const sim = launch(1).wait(200_000);
    const id = sim.state.vms[0]?.id ?? '';
    expect(JSON.parse(sim.type(`aws ec2 terminate-instances --instance-ids ${id}`).output)).toEqual({
      TerminatingInstances: [
        {
          CurrentState: { Code: 32, Name: 'shutting-down' },
          InstanceId: id,
          PreviousState: { Code: 16, Name: 'running' },
        },
      ],
    });
  });

  it('requires --instance-ids, like the AWS CLI', () => {
    expect(vmConsole().type('aws ec2 terminate-instances').output).toBe(
      `${USAGE_HEAD}\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: the following arguments are required: --instance-ids`,
    );
  });

  it('reports malformed ids', () => {
    expect(vmConsole().type('aws ec2 terminate-instances --instance-ids web').output).toBe(
      'An error occurred (InvalidInstanceID.Malformed) when calling the TerminateInstances operation: Invalid id: "web"',
    );
  });
});

describe('aws (program)', () => {
  it('lists valid choices for an unknown operation', () => {
    const output = vmConsole().type('aws ec2 launch').output;
    expect(output.startsWith(USAGE_HEAD)).toBe(true);
    expect(output).toContain(
      'aws: error: argument operation: Invalid choice, valid choices are:\n\ndescribe-instances                       | run-instances\nterminate-instances',
    );
  });

  it('reports unknown options and missing values', () => {
    expect(
      vmConsole().type('aws ec2 describe-instances --bogus 1').output.endsWith('Unknown options: --bogus, 1'),
    ).toBe(true);
    expect(
      vmConsole()
        .type('aws ec2 run-instances --image-id')
        .output.endsWith('aws: error: argument --image-id: expected one argument'),
    ).toBe(true);
  });

  it('asks for an operation or a command when missing', () => {
    expect(
      vmConsole().type('aws').output.endsWith('aws: error: the following arguments are required: command'),
    ).toBe(true);
    expect(
      vmConsole()
        .type('aws ec2')
        .output.endsWith('aws: error: the following arguments are required: operation'),
    ).toBe(true);
  });

  it('only knows ec2 in this simulator', () => {
    expect(vmConsole().type('aws ecs list-clusters').output).toContain('argument command: Invalid choice');
  });
});

describe('traffic', () => {
  it('sets the load generator and prints it back', () => {
    const sim = vmConsole().type('traffic 2,000');
    expect(sim.output).toBe('Load generator: 2,000 requests/s to both hosts');
    expect(sim.state.rps).toBe(2000);
    expect(sim.type('traffic').output).toBe('Load generator: 2,000 requests/s to both hosts');
  });

  it('refuses anything but a whole number from 0 to 100000, reminding it is not a real command', () => {
    const sim = vmConsole().type('traffic -5');
    expect(sim.isError).toBe(true);
    expect(sim.output).toContain('not a real command');
  });
});
