import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession, dispatch, advance, replay } from '../core/session';
import { breathe, fuzzTimeout, scenarioRuns } from '../../testing/fuzz-runs';
import type { EcsCommand } from './commands';
import { ecsEngine } from './engine';
import { ECS_AMI } from './testing/ecs-driver';
import { AWSVPC_NETWORK, nginxBridge, nginxStaticPort, webApp, webserverFargate } from './testing/fixtures';

type Action = { kind: 'command'; command: EcsCommand } | { kind: 'wait'; ms: number } | { kind: 'pick'; what: 'stop' | 'terminate' | 'drain' | 'kill'; index: number };

const DEFINITIONS = [nginxBridge, nginxStaticPort, webserverFargate, webApp('1.4.2'), webApp('1.7.0', { memory: 300 }, 'leaky')];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('command' as const),
    command: fc.record({
      type: fc.constant('RunInstances' as const),
      count: fc.integer({ min: 1, max: 3 }),
      instanceType: fc.constantFrom('t3.small', 'm5.large', 'c5.large', 'm6g.large'),
      imageId: fc.constant(ECS_AMI),
      instanceProfile: fc.constantFrom('ecsInstanceRole', 'ssmOnlyInstanceRole', null),
      userData: fc.constant(null),
      subnetId: fc.constantFrom(null, ...AWSVPC_NETWORK.subnets),
    }),
  }),
  fc.record({ kind: fc.constant('command' as const), command: fc.constantFrom(...DEFINITIONS).map((input) => ({ type: 'RegisterTaskDefinition' as const, input })) }),
  fc.record({
    kind: fc.constant('command' as const),
    command: fc.record({
      type: fc.constant('RunTask' as const),
      taskDefinition: fc.constantFrom('nginx', 'nginx-static', 'webserver', 'web', 'leaky'),
      count: fc.integer({ min: 1, max: 10 }),
      launchType: fc.constantFrom('EC2' as const, 'FARGATE' as const),
      networkConfiguration: fc.constant(AWSVPC_NETWORK),
      placementStrategy: fc.constantFrom<{ type: string; field?: string }[]>([], [{ type: 'binpack', field: 'memory' }], [{ type: 'spread', field: 'attribute:ecs.availability-zone' }]),
      placementConstraints: fc.constantFrom<{ type: string; expression?: string }[]>([], [{ type: 'distinctInstance' }]),
    }),
  }),
  // Fargate Spot (§6): tasks on it, interruptions, and its capacity going and coming back.
  fc.record({
    kind: fc.constant('command' as const),
    command: fc.record({
      type: fc.constant('RunTask' as const),
      taskDefinition: fc.constantFrom('webserver', 'web'),
      count: fc.integer({ min: 1, max: 10 }),
      networkConfiguration: fc.constant(AWSVPC_NETWORK),
      capacityProviderStrategy: fc.constant<{ capacityProvider: string; base: number; weight: number }[]>([
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 2 },
      ]),
    }),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    command: fc.oneof(
      fc.record({ type: fc.constant('InterruptSpotTasks' as const), count: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ type: fc.constant('SetFargateSpotCapacity' as const), available: fc.boolean() }),
    ),
  }),
  fc.record({ kind: fc.constant('command' as const), command: fc.constantFrom('us-east-1a', 'us-east-1b').chain((az) => fc.constantFrom({ type: 'FailAvailabilityZone' as const, az }, { type: 'RestoreAvailabilityZone' as const, az })) }),
  fc.record({ kind: fc.constant('command' as const), command: fc.constant({ type: 'CreateLogGroup' as const, logGroupName: '/ecs/web' }) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 180_000 }) }),
  fc.record({ kind: fc.constant('pick' as const), what: fc.constantFrom('stop' as const, 'terminate' as const, 'drain' as const, 'kill' as const), index: fc.nat(20) }),
);

function toCommand(state: ReturnType<typeof ecsEngine.init>, a: Action): EcsCommand | null {
  if (a.kind === 'command') return a.command;
  if (a.kind === 'wait') return null;
  const tasks = state.tasks.filter((t) => t.lastStatus !== 'STOPPED');
  const task = tasks[a.index % Math.max(1, tasks.length)];
  const instance = state.instances[a.index % Math.max(1, state.instances.length)];
  const ci = state.containerInstances[a.index % Math.max(1, state.containerInstances.length)];
  switch (a.what) {
    case 'stop':
      return task === undefined ? null : { type: 'StopTask', task: task.id };
    case 'kill':
      return task === undefined ? null : { type: 'KillContainer', task: task.id, exitCode: 1 };
    case 'terminate':
      return instance === undefined ? null : { type: 'TerminateInstances', ids: [instance.id] };
    case 'drain':
      return ci === undefined ? null : { type: 'UpdateContainerInstancesState', containerInstances: [ci.id], status: 'DRAINING' };
    default:
      return null;
  }
}

describe('the ECS engine under random use', () => {
  it(
    'keeps its invariants, never places on DRAINING or INACTIVE instances, honours distinctInstance, and replays deterministically',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), fc.array(action, { maxLength: 25 }), async (seed, actions) => {
          await breathe(20);
          let session = createSession(ecsEngine, seed);
          for (const a of actions) {
            const before = new Set(session.state.tasks.map((t) => t.id));
            const command = toCommand(session.state, a);
            session = command === null ? advance(session, a.kind === 'wait' ? a.ms : 1000) : dispatch(session, command);
            const problems = ecsEngine.checkInvariants?.(session.state) ?? [];
            expect(problems).toEqual([]);
            for (const task of session.state.tasks) {
              if (before.has(task.id) || task.containerInstanceId === null) continue;
              const ci = session.state.containerInstances.find((c) => c.id === task.containerInstanceId);
              expect(ci?.status).toBe('ACTIVE');
              expect(ci?.agentConnected).toBe(true);
            }
            if (command?.type === 'RunTask' && command.placementConstraints?.some((c) => c.type === 'distinctInstance')) {
              const group = session.state.tasks.filter((t) => t.group === `family:${command.taskDefinition}` && t.lastStatus !== 'STOPPED' && t.containerInstanceId !== null);
              const placedNow = group.filter((t) => !before.has(t.id)).map((t) => t.containerInstanceId);
              const others = new Set(group.filter((t) => before.has(t.id)).map((t) => t.containerInstanceId));
              // distinctInstance: each new task on its own instance, none beside another of its group (§4.3).
              expect(new Set(placedNow).size).toBe(placedNow.length);
              for (const id of placedNow) expect(others.has(id)).toBe(false);
            }
          }
          const replayed = replay(ecsEngine, seed, session.log, { step: session.log.length, now: session.state.now });
          expect(replayed.state).toEqual(session.state);
        }),
        { numRuns: scenarioRuns(60) },
      );
    },
    fuzzTimeout(40),
  );
});
