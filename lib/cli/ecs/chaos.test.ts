import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, type Session } from '../../sim/core/session';
import type { EcsCommand } from '../../sim/ecs/commands';
import { ecsEngine } from '../../sim/ecs/engine';
import { ecs, withInstancesInEveryAz } from '../../sim/ecs/testing/ecs-driver';
import { nginxBridge } from '../../sim/ecs/testing/fixtures';
import type { EcsState } from '../../sim/ecs/types';
import { breathe, fuzzRuns, fuzzTimeout } from '../../testing/fuzz-runs';
import { runConsoleLine } from '../run-console-line';
import { NO_FILES, type ConsoleCli } from '../types';
import { chaosProgram } from './chaos';
import { DEFAULT_EXIT_CODE } from './chaos-kill-container';
import { ecsCli } from './ecs-cli';
import { loadProgram } from './load';

const cli: ConsoleCli<EcsState, EcsCommand> = { title: 'Amazon ECS', programs: [chaosProgram, loadProgram] };

interface Typed {
  readonly session: Session<EcsState, EcsCommand>;
  readonly output: string;
  readonly isError: boolean;
}

const type = (session: Session<EcsState, EcsCommand>, line: string): Typed =>
  runConsoleLine(session, line, cli);

/** One instance in each Availability Zone and one nginx task on each, all RUNNING. */
function threeZones(): Session<EcsState, EcsCommand> {
  return withInstancesInEveryAz(ecs(1), 1)
    .register(nginxBridge)
    .runTask('nginx', 3, {
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
    })
    .wait('2m').session;
}

const empty = ecs(1).session;

function dispatched(line: string, state: EcsState = empty.state): EcsCommand | string {
  const result = chaosProgram.run(line.split(' ').slice(1), state, NO_FILES);
  return result.kind === 'dispatch' ? result.command : result.output;
}

describe('chaosProgram', () => {
  it('turns each subcommand into Dockyard’s fault-injection command', () => {
    const state = threeZones().state;
    const instance = state.containerInstances[0]?.ec2InstanceId ?? '';
    const task = state.tasks[0]?.id ?? '';
    expect(dispatched('chaos fail-az us-east-1b')).toEqual({
      type: 'FailAvailabilityZone',
      az: 'us-east-1b',
    });
    expect(dispatched(`chaos disconnect-agent ${instance}`, state)).toEqual({
      type: 'DisconnectAgent',
      instanceId: instance,
    });
    expect(dispatched(`chaos kill-container ${task}`, state)).toEqual({
      type: 'KillContainer',
      task,
      exitCode: 1,
    });
    expect(
      dispatched(`chaos kill-container ${task.slice(0, 6)} --exit-code=137 --container nginx`, state),
    ).toEqual({
      type: 'KillContainer',
      task,
      container: 'nginx',
      exitCode: 137,
    });
  });

  it('kills with exit code 1 by default, what a crashing app gives (137 is an out-of-memory kill)', () => {
    expect(DEFAULT_EXIT_CODE).toBe(1);
  });

  it('takes an Availability Zone down: its instance stops and its task is lost, and says what to look at next', () => {
    const down = type(threeZones(), 'chaos fail-az us-east-1b');
    expect(down.isError).toBe(false);
    expect(down.output).toBe(
      'Availability Zone us-east-1b is down (simulated): 1 instance stopped, 1 task lost.\n' +
        'Dockyard: chaos is Dockyard’s fault injection, not an AWS command. Next, aws ecs list-container-instances and aws ec2 describe-instances show what the outage took. chaos restore-az us-east-1b brings the zone back.',
    );
    const state = down.session.state;
    expect(state.subnets.find((s) => s.az === 'us-east-1b')?.available).toBe(false);
    expect(state.instances.filter((i) => i.az === 'us-east-1b').map((i) => i.state)).toEqual(['stopped']);
    expect(state.tasks.filter((t) => t.az !== 'us-east-1b').every((t) => t.lastStatus === 'RUNNING')).toBe(
      true,
    );

    const again = type(down.session, 'chaos fail-az us-east-1b');
    expect(again).toMatchObject({
      isError: true,
      output:
        'chaos fail-az: us-east-1b is already down\nDockyard: chaos restore-az us-east-1b brings it back.',
    });
    const back = type(down.session, 'chaos restore-az us-east-1b');
    expect(back.output).toMatch(/^Availability Zone us-east-1b is available again: 1 instance starting\.\n/);
    expect(back.session.state.subnets.every((s) => s.available)).toBe(true);
  });

  it('refuses an unknown or missing Availability Zone and lists the ones there are', () => {
    expect(type(empty, 'chaos fail-az us-east-1d')).toMatchObject({
      isError: true,
      output:
        'chaos fail-az: unknown Availability Zone \'us-east-1d\'\nDockyard: did you mean "us-east-1a"? The Availability Zones here are us-east-1a, us-east-1b, us-east-1c.',
    });
    expect(type(empty, 'chaos restore-az').output).toBe(
      'chaos restore-az: missing Availability Zone\nDockyard: the Availability Zones here are us-east-1a, us-east-1b, us-east-1c. For example: chaos restore-az us-east-1b.',
    );
    expect(type(empty, 'chaos restore-az us-east-1a').output).toBe(
      'chaos restore-az: us-east-1a is not down\nDockyard: chaos fail-az us-east-1a takes it down.',
    );
  });

  it('cuts and restores an agent’s connection, which describe-container-instances reports (§1.4)', () => {
    const session = threeZones();
    const ci = session.state.containerInstances[0];
    const id = ci?.ec2InstanceId ?? '';
    const cut = type(session, `chaos disconnect-agent ${id}`);
    expect(cut.output).toBe(
      `The ECS agent on ${id} lost its connection (simulated); its tasks keep running, but ECS cannot place new ones there.\n` +
        `Dockyard: chaos is Dockyard’s fault injection, not an AWS command. Next, aws ecs describe-container-instances --container-instances ${ci?.id ?? ''} shows "agentConnected": false.`,
    );
    expect(cut.session.state.containerInstances[0]?.agentConnected).toBe(false);
    expect(type(cut.session, `chaos disconnect-agent ${id}`).output).toBe(
      `chaos disconnect-agent: the agent on ${id} is already disconnected\nDockyard: chaos reconnect-agent ${id} does the opposite.`,
    );
    const back = type(cut.session, `chaos reconnect-agent ${id}`);
    expect(back.session.state.containerInstances[0]?.agentConnected).toBe(true);
  });

  it('refuses an instance without an ECS agent, listing the ones that have one', () => {
    expect(type(empty, 'chaos disconnect-agent i-0123').output).toBe(
      'chaos disconnect-agent: i-0123 is not a registered container instance\nDockyard: no instance has registered with ECS yet: launch one with the ECS-optimized AMI (aws ec2 run-instances).',
    );
    const session = threeZones();
    const ids = session.state.containerInstances.map((c) => c.ec2InstanceId);
    expect(type(session, 'chaos disconnect-agent i-nope').output).toBe(
      `chaos disconnect-agent: i-nope is not a registered container instance\nDockyard: the instances with an ECS agent are ${ids.join(', ')}.`,
    );
  });

  it('makes an essential container exit, so ECS stops the task with its exit code (§3.2)', () => {
    const session = threeZones();
    const task = session.state.tasks[0];
    const id = task?.id ?? '';
    const killed = type(session, `chaos kill-container ${task?.arn ?? ''}`);
    expect(killed.output).toBe(
      `Container nginx in task ${id} exited with code 1 (simulated). It is essential, so ECS stops the task.\n` +
        `Dockyard: chaos is Dockyard’s fault injection, not an AWS command. Next, aws ecs describe-tasks --tasks ${id} shows "stoppedReason" and the exit code.`,
    );
    const stopped = advance(killed.session, 60_000).state.tasks.find((t) => t.id === id);
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited' });
    expect(stopped?.containers[0]?.exitCode).toBe(1);
  });

  it('--service picks the service’s oldest RUNNING task, so lessons need no seeded task id', () => {
    let session = withInstancesInEveryAz(ecs(1), 1).register(nginxBridge).session;
    session = runConsoleLine(
      session,
      'aws ecs create-service --service-name web --task-definition nginx --desired-count 3',
      ecsCli,
    ).session;
    session = advance(session, 120_000);
    const running = session.state.tasks.filter(
      (task) => task.serviceName === 'web' && task.lastStatus === 'RUNNING',
    );
    const oldest = [...running].sort(
      (a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.id.localeCompare(b.id),
    )[0];
    expect(dispatched('chaos kill-container --service web', session.state)).toEqual({
      type: 'KillContainer',
      task: oldest?.id,
      exitCode: DEFAULT_EXIT_CODE,
    });
    expect(type(session, 'chaos kill-container --service api').output).toMatch(
      /^chaos kill-container: no RUNNING task of service api\nDockyard: /,
    );
    expect(type(session, `chaos kill-container ${oldest?.id ?? ''} --service web`).output).toBe(
      "chaos kill-container: give a task id or --service, not both\nDockyard: --service web picks that service's oldest RUNNING task.",
    );
  });

  it('checks the task, the container and the exit code before anything happens', () => {
    const session = threeZones();
    const id = session.state.tasks[0]?.id ?? '';
    expect(type(session, 'chaos kill-container').output).toMatch(
      /^chaos kill-container: missing task id\nDockyard: tasks RUNNING now: [0-9a-f]{32}, /,
    );
    expect(type(session, 'chaos kill-container ffff0000').output).toMatch(
      /^chaos kill-container: no RUNNING task ffff0000\nDockyard: tasks RUNNING now: /,
    );
    expect(type(session, `chaos kill-container ${id} --container web`).output).toBe(
      `chaos kill-container: no running container 'web' in task ${id}\nDockyard: its running containers: nginx.`,
    );
    expect(type(session, `chaos kill-container ${id} --exit-code 300`).output).toBe(
      "chaos kill-container: invalid exit code '300'\nDockyard: an exit code is a whole number from 0 to 255, e.g. --exit-code 137 (what an out-of-memory kill gives).",
    );
    expect(type(session, `chaos kill-container ${id} --signal 9`).output).toBe(
      "chaos kill-container: unknown option '--signal'\nDockyard: the options are --service NAME, --container NAME and --exit-code N.",
    );
    expect(type(session, `chaos kill-container ${id} --exit-code 300`).session).toBe(session);
  });

  it('prints its usage and says it is not an AWS command, with a suggestion for a typo', () => {
    const usage = type(empty, 'chaos');
    expect(usage.isError).toBe(true);
    expect(usage.output).toContain('usage: chaos fail-az AZ | restore-az AZ');
    expect(usage.output).toContain('Dockyard: chaos is Dockyard’s fault injection, not an AWS command');
    expect(type(empty, 'chaos kill-contianer').output).toMatch(
      /^chaos: 'kill-contianer' is not a chaos command\.\nusage: [^]*\nDockyard: did you mean "kill-container"\? chaos is Dockyard’s fault injection, not an AWS command\.$/,
    );
    expect(chaosProgram.help.join('\n')).toContain('not an AWS command');
  });
});

describe('chaosProgram.complete', () => {
  it('offers subcommands, then Availability Zones, instance ids, task ids, options and container names', () => {
    const state = threeZones().state;
    const task = state.tasks[0]?.id ?? '';
    expect(chaosProgram.complete([], state)).toEqual([
      'fail-az',
      'restore-az',
      'disconnect-agent',
      'reconnect-agent',
      'kill-container',
      'interrupt-spot',
      'spot-capacity',
    ]);
    expect(chaosProgram.complete(['fail-az'], state)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(chaosProgram.complete(['disconnect-agent'], state)).toEqual(
      state.containerInstances.map((c) => c.ec2InstanceId),
    );
    expect(chaosProgram.complete(['kill-container'], state)).toEqual(state.tasks.map((t) => t.id));
    expect(chaosProgram.complete(['kill-container', task], state)).toEqual(['--container', '--exit-code']);
    expect(chaosProgram.complete(['kill-container', task, '--container'], state)).toEqual(['nginx']);
    expect(chaosProgram.complete(['kill-container', task, '--exit-code'], state)).toEqual(['1', '137']);
  });
});

describe('chaosProgram (properties)', () => {
  const session = threeZones();
  const ids = [
    ...session.state.tasks.map((t) => t.id),
    ...session.state.containerInstances.map((c) => c.ec2InstanceId),
  ];
  const word = fc.oneof(
    fc.constantFrom(
      'fail-az',
      'restore-az',
      'disconnect-agent',
      'reconnect-agent',
      'kill-container',
      'interrupt-spot',
      'spot-capacity',
      'help',
    ),
    fc.constantFrom(
      'us-east-1a',
      'us-east-1b',
      'us-east-1z',
      '--container',
      '--exit-code',
      '--exit-code=',
      'nginx',
      '0',
      '137',
      '256',
      '--count',
      'off',
      'on',
    ),
    fc.constantFrom(...ids),
    fc.string({ maxLength: 8 }),
  );

  it(
    'never throws: every line either dispatches or prints chaos’s own error with a Dockyard hint',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { maxLength: 5 }), async (words) => {
          await breathe();
          const result = chaosProgram.run(words, session.state, NO_FILES);
          if (result.kind === 'print') {
            expect(result.isError).toBe(true);
            expect(result.output).toMatch(/^(chaos|usage: chaos)/);
            expect(result.output).toMatch(/\nDockyard: /);
          } else {
            expect(ecsEngine.parseCommand(result.command).ok).toBe(true);
          }
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );
});
