import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../sim/ecs/init';
import { tokenize } from '../tokenize';
import { NO_FILES } from '../types';
import { awsProgram, splitCommand } from './aws-program';
import { AWS_USAGE } from '../vm/aws-format';
import { ecsConsole } from './ecs-console-driver';

const USAGE_HEAD = 'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]';

/** The command a line dispatches (or the printed result). */
function run(line: string, state = initEcsState(1)) {
  const tokens = tokenize(line);
  if (!tokens.ok) throw new Error(tokens.error);
  return awsProgram.run(tokens.tokens.slice(1), state, NO_FILES);
}

const SEED_JSON =
  '{"family":"webserver","containerDefinitions":[{"name":"web","image":"nginx","memory":"100","cpu":"99"}],"requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","memory":"512","cpu":"256"}';

describe('awsProgram', () => {
  it('asks for a command like the AWS CLI when given none', () => {
    const sim = ecsConsole().type('aws');
    expect(sim.lines()[0]).toBe(USAGE_HEAD);
    expect(sim.toolOutput()).toMatch(/\naws: error: the following arguments are required: command$/);
    expect(sim.hint()).toMatch(/^Dockyard: /);
  });

  it('lists the valid services on an invalid choice, with a did-you-mean hint', () => {
    const sim = ecsConsole().type('aws ecss list-clusters');
    expect(sim.toolOutput()).toContain(
      'aws: error: argument command: Invalid choice, valid choices are:\n\n',
    );
    expect(sim.toolOutput()).toContain('application-autoscaling                  | autoscaling');
    expect(sim.hint()).toBe(
      'Dockyard: did you mean "aws ecs"? Type aws help for what this console simulates.',
    );
  });

  it('answers a real but unsimulated service with a plain note', () => {
    expect(ecsConsole().type('aws s3 ls').output).toMatch(/^Dockyard: aws s3 is not simulated/);
  });

  it('asks for an operation, then lists the valid ones on an invalid choice', () => {
    expect(ecsConsole().type('aws ecs').toolOutput()).toContain(
      'aws: error: the following arguments are required: operation',
    );
    const sim = ecsConsole().type('aws ecs run-tsk');
    expect(sim.toolOutput()).toContain('argument operation: Invalid choice, valid choices are:');
    expect(sim.hint()).toBe(
      'Dockyard: did you mean "aws ecs run-task"? Type aws ecs help for the operations.',
    );
  });

  it('names the required option the CLI wants, then a line to copy', () => {
    const sim = ecsConsole().type('aws ecs run-task --cluster default');
    expect(sim.toolOutput()).toMatch(/aws: error: the following arguments are required: --task-definition$/);
    expect(sim.hint()).toBe('Dockyard: for example:\n  aws ecs run-task --task-definition web --count 1');
  });

  it('prints "Unknown options:" after the usage, and suggests the option a typo meant', () => {
    const sim = ecsConsole().type('aws ecs run-task --task-definition web --clster prod');
    expect(sim.toolOutput()).toMatch(/aws <command> <subcommand> help\n\nUnknown options: --clster, prod$/);
    expect(sim.hint()).toMatch(/^Dockyard: did you mean "--cluster"\?/);
  });

  it("refuses the seed's task definition with botocore's two-line report, container memory then cpu (§2.4)", () => {
    const sim = ecsConsole(1, { 'td.json': SEED_JSON }).type(
      'aws ecs register-task-definition --cli-input-json file://td.json',
    );
    expect(sim.isError).toBe(true);
    expect(sim.output).toBe(
      [
        'Parameter validation failed:',
        "Invalid type for parameter containerDefinitions[0].memory, value: 100, type: <class 'str'>, valid types: <class 'int'>",
        "Invalid type for parameter containerDefinitions[0].cpu, value: 99, type: <class 'str'>, valid types: <class 'int'>",
      ].join('\n'),
    );
    expect(sim.state.taskDefinitions).toEqual([]);
  });

  it('validates a --cli-input-json request whose required members are missing', () => {
    const sim = ecsConsole(1, { 'td.json': '{"family": "web"}' }).type(
      'aws ecs register-task-definition --cli-input-json file://td.json',
    );
    expect(sim.output).toBe(
      'Parameter validation failed:\nMissing required parameter in input: "containerDefinitions"',
    );
  });

  it("prints Python's int() message for a count that is not a number", () => {
    const sim = ecsConsole().type('aws ecs run-task --task-definition web --count two');
    expect(sim.toolOutput()).toBe("invalid literal for int() with base 10: 'two'");
    expect(sim.hint()).toMatch(/^Dockyard: /);
  });

  it('refuses --output other than json, --query and other Regions with a Dockyard line', () => {
    expect(ecsConsole().type('aws ecs list-clusters --output table').output).toBe(
      'Dockyard: only --output json is simulated, not --output table; leave --output out.',
    );
    expect(ecsConsole().type('aws --output text ecs list-clusters').output).toBe(
      'Dockyard: only --output json is simulated, not --output text; leave --output out.',
    );
    expect(ecsConsole().type('aws ecs list-clusters --query clusterArns').output).toMatch(
      /^Dockyard: --query/,
    );
    expect(ecsConsole().type('aws --region eu-west-1 ecs list-clusters').output).toMatch(/us-east-1 only/);
    expect(ecsConsole().type('aws --region us-east-1 ecs list-clusters --output json').isError).toBe(false);
  });

  it("refuses an --output value outside the CLI's choices with argparse's error first", () => {
    const sim = ecsConsole().type('aws ecs list-clusters --output text)');
    expect(sim.toolOutput()).toBe(
      `${AWS_USAGE}\naws: error: argument --output: Invalid choice, valid choices are:\n\n` +
        `${'json'.padEnd(40)} | text\n${'table'.padEnd(40)} | yaml\nyaml-stream`,
    );
    expect(sim.hint()).toBe('Dockyard: only --output json is simulated; leave --output out.');
    expect(sim.output).not.toMatch(/\)\)/);
  });

  it('prints help for aws, a service and an operation', () => {
    expect(ecsConsole().type('aws help').output).toContain('application-autoscaling');
    expect(ecsConsole().type('aws ecs help').output).toMatch(/^aws ecs: the operations Dockyard simulates/);
    const synopsis = ecsConsole().type('aws ecs run-task help').output;
    expect(synopsis).toContain('  --task-definition <value>');
    expect(synopsis).toContain('  [--cluster <value>]');
    expect(synopsis).toContain('  [--enable-ecs-managed-tags | --no-enable-ecs-managed-tags]');
  });

  it('prints its version for aws --version', () => {
    expect(ecsConsole().type('aws --version').output).toMatch(/^aws-cli\/2\./);
  });

  it('dispatches a RunTask with the cluster defaulted by the engine and the structures converted', () => {
    const result = run(
      'aws ecs run-task --task-definition web:2 --count 2 --launch-type FARGATE ' +
        '--network-configuration "awsvpcConfiguration={subnets=[subnet-a,subnet-b],securityGroups=[sg-1]}" ' +
        '--placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory ' +
        '--started-by me',
    );
    expect(result).toMatchObject({
      kind: 'dispatch',
      command: {
        type: 'RunTask',
        taskDefinition: 'web:2',
        count: 2,
        launchType: 'FARGATE',
        networkConfiguration: {
          subnets: ['subnet-a', 'subnet-b'],
          securityGroups: ['sg-1'],
          assignPublicIp: 'DISABLED',
        },
        placementStrategy: [
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'binpack', field: 'memory' },
        ],
        startedBy: 'me',
      },
    });
    expect(result.kind === 'dispatch' && 'cluster' in result.command).toBe(false);
  });

  it('refuses an unknown launch type in ECS words, and EXTERNAL with a note', () => {
    expect(run('aws ecs run-task --task-definition web --launch-type SPOT')).toMatchObject({
      kind: 'print',
      output: expect.stringMatching(
        /^An error occurred \(InvalidParameterException\) when calling the RunTask operation: 1 validation error detected: Value 'SPOT' at 'launchType'/,
      ),
    });
    expect(run('aws ecs run-task --task-definition web --launch-type EXTERNAL')).toMatchObject({
      output: expect.stringMatching(/^Dockyard: launch type EXTERNAL is not simulated/),
    });
  });

  it('splits global options placed before the service from the command', () => {
    expect(splitCommand(['--region', 'us-east-1', 'ecs', 'list-clusters', '--cluster', 'x'])).toEqual({
      service: 'ecs',
      operation: 'list-clusters',
      rest: ['--region', 'us-east-1', '--cluster', 'x'],
    });
  });
});
