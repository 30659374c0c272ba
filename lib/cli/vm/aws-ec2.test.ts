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

  it('reports a full host as InsufficientInstanceCapacity, then what fits', () => {
    const sim = launch(8, 't3.large');
    expect(sim.isError).toBe(true);
    expect(sim.toolOutput()).toBe(
      'An error occurred (InsufficientInstanceCapacity) when calling the RunInstances operation: We currently do not have sufficient t3.large capacity in the Availability Zone you requested (us-east-1a). Our system will be working on provisioning additional capacity.',
    );
    expect(sim.hint()).toBe(
      'Dockyard: the hypervisor host is out of memory: 8 × t3.large need 64 GiB, only 63 GiB is free (room for 7 more). Launch fewer or a smaller type, or terminate some.',
    );
  });

  it('reports a missing image id like EC2, then the full command to copy, keeping what was given', () => {
    const sim = vmConsole().type('aws ec2 run-instances --instance-type t3.micro --count 3');
    expect(sim.lines()).toEqual([
      'An error occurred (MissingParameter) when calling the RunInstances operation: The request must contain the parameter ImageId',
      'Dockyard: add --image-id with the AMI to boot, for example:',
      `  aws ec2 run-instances --image-id ${AMI} --instance-type t3.micro --count 3`,
    ]);
    expect(vmConsole().type('aws ec2 run-instances').lines()[2]).toBe(
      `  aws ec2 run-instances --image-id ${AMI} --instance-type t3.small --count 1`,
    );
    // The example line runs as it is.
    expect(vmConsole().type(sim.lines()[2] ?? '').isError).toBe(false);
  });

  it('reports an unknown instance type like EC2, then the types there are', () => {
    const huge = launch(1, 't3.huge');
    expect(huge.toolOutput()).toBe(
      "An error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't3.huge' for InstanceType.",
    );
    expect(huge.hint()).toBe(
      'Dockyard: instance types here: t3.nano, t3.micro, t3.small, t3.medium, t3.large.',
    );
    expect(launch(1, 't3.smal').hint()).toMatch(/^Dockyard: did you mean "t3\.small"\? Instance types here/);
  });

  it('answers --dry-run without launching anything', () => {
    const sim = vmConsole().type(
      `aws ec2 run-instances --image-id ${AMI} --instance-type t3.small --dry-run`,
    );
    expect(sim.toolOutput()).toBe(
      'An error occurred (DryRunOperation) when calling the RunInstances operation: Request would have succeeded, but DryRun flag is set.',
    );
    expect(sim.hint()).toBe('Dockyard: the request would work; run it again without --dry-run to do it.');
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
    const missing = sim.type('aws ec2 describe-instances --instance-ids i-0123456789abcdef0');
    expect(missing.toolOutput()).toBe(
      "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist",
    );
    expect(missing.hint()).toBe(
      'Dockyard: instance ids look like i-0123456789abcdef0; aws ec2 describe-instances lists yours.',
    );
    const typo = `${id.slice(0, -2)}${id.slice(-1)}${id.slice(-2, -1)}`;
    expect(sim.type(`aws ec2 describe-instances --instance-ids ${typo}`).hint()).toMatch(
      new RegExp(`^Dockyard: did you mean "${id}"\\?`),
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

  it('requires --instance-ids, like the AWS CLI, then shows one of the learner’s ids in an example', () => {
    const sim = launch(1).type('aws ec2 terminate-instances');
    expect(sim.toolOutput()).toBe(
      `${USAGE_HEAD}\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: the following arguments are required: --instance-ids`,
    );
    expect(sim.hint()).toBe(
      `Dockyard: name the instances to terminate, e.g. aws ec2 terminate-instances --instance-ids ${sim.state.vms[0]?.id}`,
    );
  });

  it('reports malformed ids', () => {
    const sim = vmConsole().type('aws ec2 terminate-instances --instance-ids web');
    expect(sim.toolOutput()).toBe(
      'An error occurred (InvalidInstanceID.Malformed) when calling the TerminateInstances operation: Invalid id: "web"',
    );
    expect(sim.hint()).toMatch(/^Dockyard: instance ids look like i-0123456789abcdef0/);
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
    const bogus = vmConsole().type('aws ec2 describe-instances --bogus 1');
    expect(bogus.toolOutput().endsWith('Unknown options: --bogus, 1')).toBe(true);
    expect(bogus.hint()).toBe(
      'Dockyard: aws ec2 describe-instances takes --instance-ids and --dry-run here, each followed by its value.',
    );
    expect(vmConsole().type('aws ec2 run-instances --instance-typ t3.small').hint()).toBe(
      'Dockyard: did you mean "--instance-type"?',
    );
    const noValue = vmConsole().type('aws ec2 run-instances --image-id');
    expect(noValue.toolOutput().endsWith('aws: error: argument --image-id: expected one argument')).toBe(
      true,
    );
    expect(noValue.hint()).toBe(
      `Dockyard: give --image-id a value, for example:\n  aws ec2 run-instances --image-id ${AMI} --instance-type t3.small --count 1`,
    );
  });

  it('asks for an operation or a command when missing', () => {
    const aws = vmConsole().type('aws');
    expect(aws.toolOutput().endsWith('aws: error: the following arguments are required: command')).toBe(true);
    expect(aws.hint()).toMatch(/^Dockyard: try aws ec2 describe-instances/);
    const ec2 = vmConsole().type('aws ec2');
    expect(ec2.toolOutput().endsWith('aws: error: the following arguments are required: operation')).toBe(
      true,
    );
    expect(ec2.hint()).toMatch(/^Dockyard: the ec2 operations here are describe-instances, run-instances/);
    expect(vmConsole().type('aws ec2 run-instance').hint()).toBe(
      'Dockyard: did you mean "aws ec2 run-instances"?',
    );
  });

  it('only knows ec2 in this simulator, and says so in a line of its own', () => {
    const ecs = vmConsole().type('aws ecs list-clusters');
    expect(ecs.toolOutput()).toContain('argument command: Invalid choice');
    expect(ecs.toolOutput()).not.toContain('Dockyard');
    expect(ecs.hint()).toMatch(/^Dockyard: did you mean "ec2"\?/);
    expect(vmConsole().type('aws s3 ls').hint()).toMatch(/^Dockyard: this simulator only has aws ec2/);
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
