import { describe, expect, it } from 'vitest';
import { initEcsState } from '../init';
import type { EcsState } from '../types';
import { closeWorld, openWorld, type World } from '../world';
import { deregisterTaskDefinition, registerTaskDefinition } from './register';
import { describeTaskDefinitionRef, resolveTaskDefinition } from './resolve';
import { ec2Request, fargateRequest } from './taskdef-fixtures';

/** Runs `steps` in one world over a fresh account, returning the state and the events. */
function run(steps: (world: World) => void, state: EcsState = initEcsState(1)) {
  const world = openWorld(state);
  steps(world);
  return { state: closeWorld(world), events: world.events };
}

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition';

describe('registerTaskDefinition', () => {
  it('gives the first revision of a family number 1, ACTIVE, with its ARN (reference §2.2)', () => {
    const { state, events } = run((world) => {
      world.now = 5_000;
      const result = registerTaskDefinition(world, fargateRequest());
      expect(result.ok).toBe(true);
    });
    expect(state.taskDefinitions).toHaveLength(1);
    expect(state.taskDefinitions[0]).toMatchObject({
      family: 'web',
      revision: 1,
      arn: `${ARN}/web:1`,
      status: 'ACTIVE',
      registeredAt: 5_000,
      deregisteredAt: null,
    });
    expect(events.map((e) => e.kind)).toEqual(['task-definition-registered']);
    expect(events[0]?.message).toBe('Task definition web:1 registered (ACTIVE)');
  });

  it('numbers later revisions max+1, even after the latest was deregistered (§2.5)', () => {
    const { state } = run((world) => {
      registerTaskDefinition(world, ec2Request());
      registerTaskDefinition(world, ec2Request());
      deregisterTaskDefinition(world, 'web:2');
      registerTaskDefinition(world, ec2Request());
      registerTaskDefinition(world, ec2Request({ family: 'api' }));
    });
    expect(state.taskDefinitions.map((d) => `${d.family}:${d.revision}:${d.status}`)).toEqual([
      'web:1:ACTIVE',
      'web:2:INACTIVE',
      'web:3:ACTIVE',
      'api:1:ACTIVE',
    ]);
  });

  it('leaves the state unchanged and logs the ClientException when ECS refuses', () => {
    const before = initEcsState(1);
    const { state, events } = run((world) => {
      const result = registerTaskDefinition(world, ec2Request({}, { essential: false }));
      expect(result).toEqual({
        ok: false,
        error: { code: 'ClientException', message: "Task definition doesn't have any essential container." },
      });
    }, before);
    expect(state.taskDefinitions).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['api-error']);
  });
});

describe('deregisterTaskDefinition', () => {
  it('marks the revision INACTIVE with the time, by family:revision or ARN (§2.5)', () => {
    const { state, events } = run((world) => {
      registerTaskDefinition(world, ec2Request());
      registerTaskDefinition(world, ec2Request());
      world.now = 9_000;
      expect(deregisterTaskDefinition(world, 'web:1').ok).toBe(true);
      expect(deregisterTaskDefinition(world, `${ARN}/web:2`).ok).toBe(true);
    });
    expect(state.taskDefinitions.map((d) => [d.status, d.deregisteredAt])).toEqual([
      ['INACTIVE', 9_000],
      ['INACTIVE', 9_000],
    ]);
    expect(events.at(-1)?.message).toBe('Task definition web:2 deregistered (INACTIVE)');
  });

  it('refuses an unknown revision and a reference without a revision', () => {
    run((world) => {
      registerTaskDefinition(world, ec2Request());
      expect(deregisterTaskDefinition(world, 'web:7')).toEqual({
        ok: false,
        error: { code: 'ClientException', message: 'Unable to describe task definition.' },
      });
      expect(deregisterTaskDefinition(world, 'web')).toEqual({
        ok: false,
        error: { code: 'ClientException', message: 'Invalid revision number.' },
      });
    });
  });

  it('changes nothing when the revision is already INACTIVE', () => {
    const { events } = run((world) => {
      registerTaskDefinition(world, ec2Request());
      deregisterTaskDefinition(world, 'web:1');
      const again = deregisterTaskDefinition(world, 'web:1');
      expect(again.ok && again.definition.status).toBe('INACTIVE');
    });
    expect(events.filter((e) => e.kind === 'task-definition-deregistered')).toHaveLength(1);
  });
});

describe('resolveTaskDefinition', () => {
  const { state } = run((world) => {
    registerTaskDefinition(world, ec2Request());
    registerTaskDefinition(world, ec2Request());
    registerTaskDefinition(world, ec2Request());
    deregisterTaskDefinition(world, 'web:3');
  });

  it('takes a bare family as its latest ACTIVE revision (§2.2)', () => {
    const resolved = resolveTaskDefinition(state, 'web');
    expect(resolved.ok && resolved.definition.revision).toBe(2);
  });

  it('takes family:revision and the full ARN', () => {
    const byRevision = resolveTaskDefinition(state, 'web:1');
    const byArn = resolveTaskDefinition(state, `${ARN}/web:2`);
    expect(byRevision.ok && byRevision.definition.revision).toBe(1);
    expect(byArn.ok && byArn.definition.revision).toBe(2);
  });

  it("refuses an INACTIVE revision for new tasks (§2.5) in RunTask's words", () => {
    expect(resolveTaskDefinition(state, 'web:3')).toEqual({
      ok: false,
      error: { code: 'InvalidParameterException', message: 'TaskDefinition is inactive' },
    });
  });

  it('refuses an unknown family or revision, and an ARN of another account', () => {
    const notFound = { ok: false, error: { code: 'ClientException', message: 'TaskDefinition not found.' } };
    expect(resolveTaskDefinition(state, 'api')).toEqual(notFound);
    expect(resolveTaskDefinition(state, 'web:9')).toEqual(notFound);
    expect(resolveTaskDefinition(state, 'arn:aws:ecs:us-east-1:999999999999:task-definition/web:1')).toEqual(
      notFound,
    );
  });

  it('refuses a revision that is not a number', () => {
    expect(resolveTaskDefinition(state, 'web:latest')).toEqual({
      ok: false,
      error: { code: 'InvalidParameterException', message: 'Invalid revision number.' },
    });
  });
});

describe('describeTaskDefinitionRef', () => {
  it('still describes an INACTIVE revision, and a family as its latest ACTIVE one (§2.5)', () => {
    const { state } = run((world) => {
      registerTaskDefinition(world, ec2Request());
      registerTaskDefinition(world, ec2Request());
      deregisterTaskDefinition(world, 'web:2');
    });
    const inactive = describeTaskDefinitionRef(state, 'web:2');
    expect(inactive.ok && inactive.definition.status).toBe('INACTIVE');
    const latest = describeTaskDefinitionRef(state, 'web');
    expect(latest.ok && latest.definition.revision).toBe(1);
    expect(describeTaskDefinitionRef(state, 'nope')).toEqual({
      ok: false,
      error: { code: 'ClientException', message: 'Unable to describe task definition.' },
    });
  });
});
