import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzTimeout, scenarioRuns } from '@/lib/testing/fuzz-runs';
import { checkEcsInvariants } from '../invariants';
import { nginxBridge } from '../testing/fixtures';
import { maximumTasks, minimumHealthyTasks } from './bounds';
import { indexTargets, verdictOf } from './health';
import { svc, webFleet, type ServiceDriver } from './testing/service-driver';


const runs = { numRuns: scenarioRuns(20) };
const TIMEOUT = fuzzTimeout(1_000);

type Op =
  | { kind: 'stop'; pick: number }
  | { kind: 'scale'; desired: number }
  | { kind: 'deploy' }
  | { kind: 'kill'; pick: number }
  | { kind: 'drain'; pick: number }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('stop' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('scale' as const), desired: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('deploy' as const) }),
  fc.record({ kind: fc.constant('kill' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('drain' as const), pick: fc.nat(2) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 120_000 }) }),
);

function apply(d: ServiceDriver, op: Op, drained: { done: boolean }): ServiceDriver {
  const live = d.live('app');
  switch (op.kind) {
    case 'stop':
      return live.length === 0
        ? d
        : d.send({ type: 'StopTask', task: live[op.pick % live.length]?.id ?? '' });
    case 'scale':
      return d.update('app', { desiredCount: op.desired });
    case 'deploy':
      return d.update('app', { forceNewDeployment: true });
    case 'kill': {
      const running = d.running('app');
      return running.length === 0
        ? d
        : d.send({ type: 'KillContainer', task: running[op.pick % running.length]?.id ?? '', exitCode: 1 });
    }
    case 'drain': {
      if (drained.done) return d;
      drained.done = true;
      const ci = d.state.containerInstances[op.pick % d.state.containerInstances.length];
      return d.send({
        type: 'UpdateContainerInstancesState',
        containerInstances: [ci?.id ?? ''],
        status: 'DRAINING',
      });
    }
    case 'wait':
      return d.wait(op.ms);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

function play(seed: number, desired: number, ops: readonly Op[]): ServiceDriver {
  let d = svc(seed)
    .instances(1)
    .register({ ...nginxBridge, family: 'app' })
    .service('app', 'app', desired, { launchType: 'EC2' });
  const drained = { done: false };
  for (const op of ops) d = apply(d, op, drained);
  return d;
}

describe('the service scheduler (properties)', () => {
  it(
    'reaches the desired count whenever capacity allows, whatever happened before (§5.1)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 0, max: 10 }),
          fc.array(opArb, { maxLength: 12 }),
          async (seed, desired, ops) => {
            await breathe(5);
            const d = play(seed, desired, ops).wait('10m');
            const service = d.svc('app');
            expect(d.running('app')).toHaveLength(service.desiredCount);
            expect(d.live('app').every((t) => t.deploymentId === service.deployments[0]?.id)).toBe(true);
            expect(checkEcsInvariants(d.state)).toEqual([]);
          },
        ),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps RUNNING + PENDING within max% and healthy tasks at or above min% through a deployment (§5.3)',
    async () => {
      const percents = fc.constantFrom(
        [0, 100],
        [50, 100],
        [50, 150],
        [100, 150],
        [100, 200],
        [0, 200],
        [75, 125],
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 1, max: 4 }),
          percents,
          async (seed, desired, [min, max]) => {
            await breathe(5);
            let d = webFleet('1.4.2', { seed, perAz: 2 })
              .service('web', 'web', desired, {
                lb: 'web-tg',
                launchType: 'EC2',
                deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
              })
              .wait('4m');
            const config = d.svc().deploymentConfiguration;
            d = d.update('web', { forceNewDeployment: true });
            for (let step = 0; step < 120; step += 1) {
              const targets = indexTargets(d.state);
              const healthy = d
                .live()
                .filter((t) => verdictOf(d.svc(), t, targets).kind === 'healthy').length;
              expect(d.live().length).toBeLessThanOrEqual(maximumTasks(desired, config));
              expect(healthy).toBeGreaterThanOrEqual(minimumHealthyTasks(desired, config));
              d = d.wait('5s');
            }
            const canMove =
              maximumTasks(desired, config) > desired || minimumHealthyTasks(desired, config) < desired;
            expect(d.svc().deployments).toHaveLength(canMove ? 1 : 2);
          },
        ),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same seed and commands give deep-equal state',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 0, max: 6 }),
          fc.array(opArb, { maxLength: 8 }),
          async (seed, desired, ops) => {
            await breathe(5);
            expect(play(seed, desired, ops).state).toEqual(play(seed, desired, ops).state);
          },
        ),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'is additive in time: waiting a then b equals waiting a + b',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 1, max: 200_000 }),
          fc.integer({ min: 1, max: 200_000 }),
          async (seed, a, b) => {
            await breathe(5);
            const start = webFleet('1.8.0', { seed, perAz: 2 }).service('web', 'web', 2, {
              lb: 'web-tg',
              launchType: 'EC2',
              deploymentConfiguration: { circuitBreaker: { enable: true, rollback: true } },
            });
            expect(start.wait(a).wait(b).state).toEqual(start.wait(a + b).state);
          },
        ),
        runs,
      );
    },
    TIMEOUT,
  );
});
