import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_STRATEGIES } from '@/lib/sim/ecs/placement';
import {
  circuitBreakerText,
  constraintText,
  countWord,
  launchText,
  placementText,
  ROLLOUT_LOOK,
  strategiesText,
  taskDefinitionLabel,
  usesPlacement,
} from './service-words';

describe('taskDefinitionLabel', () => {
  it('shortens a task definition ARN to family:revision', () => {
    expect(taskDefinitionLabel('arn:aws:ecs:us-east-1:123456789012:task-definition/web:2')).toBe('web:2');
  });

  it('leaves anything that is not a task definition ARN as it is', () => {
    expect(taskDefinitionLabel('web:2')).toBe('web:2');
  });
});

describe('launchText', () => {
  it('names the launch type', () => {
    expect(launchText('FARGATE', [])).toBe('Launch type FARGATE');
  });

  it('prefers the capacity provider strategy, with base and weight', () => {
    expect(
      launchText(null, [
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 3 },
      ]),
    ).toBe('Capacity provider strategy: FARGATE (base 1, weight 1), FARGATE_SPOT (base 0, weight 3)');
  });

  it('says the cluster default applies when neither is set', () => {
    expect(launchText(null, [])).toBe('Cluster default capacity provider strategy');
  });
});

describe('strategiesText', () => {
  it('writes strategies in the CLI shorthand, joined in evaluation order', () => {
    expect(
      strategiesText([
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
        { type: 'random' },
      ]),
    ).toBe('spread(attribute:ecs.availability-zone), then binpack(memory), then random');
  });
});

describe('placementText', () => {
  it('marks the default strategy when the service has none of its own', () => {
    expect(placementText([], [], DEFAULT_SERVICE_STRATEGIES)).toEqual({
      strategy: 'spread(attribute:ecs.availability-zone), then spread(instanceId) (the default)',
      constraints: 'None',
    });
  });

  it('lists the service’s own strategy and constraints', () => {
    const text = placementText(
      [{ type: 'binpack', field: 'cpu' }],
      [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
      DEFAULT_SERVICE_STRATEGIES,
    );
    expect(text.strategy).toBe('binpack(cpu)');
    expect(text.constraints).toBe(
      'distinctInstance: at most one task per instance; memberOf: only instances matching attribute:ecs.instance-type =~ t3.*',
    );
  });
});

describe('constraintText', () => {
  it('quotes the memberOf expression', () => {
    expect(
      constraintText({ type: 'memberOf', expression: 'attribute:ecs.availability-zone == us-east-1a' }),
    ).toBe('memberOf: only instances matching attribute:ecs.availability-zone == us-east-1a');
  });
});

describe('ROLLOUT_LOOK', () => {
  it('gives every rollout state a distinct word and symbol, so colour is never the only cue', () => {
    const looks = Object.values(ROLLOUT_LOOK);
    expect(new Set(looks.map((look) => look.label)).size).toBe(3);
    expect(new Set(looks.map((look) => look.symbol)).size).toBe(3);
    expect(ROLLOUT_LOOK.FAILED).toMatchObject({ label: 'Failed', tone: 'failed' });
  });
});

describe('circuitBreakerText', () => {
  it('says off, on, or on with rollback', () => {
    expect(circuitBreakerText({ enable: false, rollback: false })).toBe('Off');
    expect(circuitBreakerText({ enable: true, rollback: false })).toBe('On, without rollback');
    expect(circuitBreakerText({ enable: true, rollback: true })).toBe('On, rolls back on failure');
  });
});

describe('countWord', () => {
  it('uses the singular for one and groups thousands', () => {
    expect(countWord(1, 'task', 'tasks')).toBe('1 task');
    expect(countWord(1200, 'task', 'tasks')).toBe('1,200 tasks');
  });
});

describe('usesPlacement', () => {
  it('applies to the EC2 launch type and EC2 capacity providers, not to Fargate', () => {
    expect(usesPlacement('EC2', [])).toBe(true);
    expect(usesPlacement('FARGATE', [])).toBe(false);
    expect(usesPlacement(null, [{ capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 }])).toBe(false);
    expect(usesPlacement(null, [{ capacityProvider: 'web-asg-cp', base: 0, weight: 1 }])).toBe(true);
  });
});
