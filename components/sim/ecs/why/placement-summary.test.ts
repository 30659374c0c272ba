import { describe, expect, it } from 'vitest';
import { ecs } from '@/lib/sim/ecs/testing/ecs-driver';
import { nginxBridge } from '@/lib/sim/ecs/testing/fixtures';
import type { PlacementRecord } from '@/lib/sim/ecs/types';
import {
  groupWords,
  outcomeText,
  placedTaskDefinition,
  placementSentence,
  serviceOfGroup,
} from './placement-summary';

function lastPlacement(d: { state: { lastPlacement: PlacementRecord | null } }): PlacementRecord {
  const record = d.state.lastPlacement;
  if (record === null) throw new Error('no placement');
  return record;
}

describe('groupWords', () => {
  it('turns a task group into words', () => {
    expect(groupWords('service:web')).toBe('service web');
    expect(groupWords('family:nginx')).toBe('family nginx');
  });
});

describe('serviceOfGroup', () => {
  it('names the service of a service group and nothing for standalone tasks', () => {
    expect(serviceOfGroup('service:web')).toBe('web');
    expect(serviceOfGroup('family:web')).toBeNull();
  });
});

describe('placedTaskDefinition', () => {
  it('finds the task definition from the tasks the placement created', () => {
    const d = ecs().withInstances(3).register(nginxBridge).runTask('nginx', 2);
    expect(placedTaskDefinition(lastPlacement(d), d.state.tasks)).toBe('nginx:1');
  });

  it('gives null when no task was created', () => {
    const d = ecs()
      .withInstances(1)
      .register({
        ...nginxBridge,
        family: 'huge',
        containerDefinitions: [{ ...nginxBridge.containerDefinitions[0], memory: 60_000 }],
      })
      .runTask('huge', 1);
    expect(placedTaskDefinition(lastPlacement(d), d.state.tasks)).toBeNull();
  });
});

describe('placementSentence', () => {
  it('says when, how many, of what, and with which strategy', () => {
    const d = ecs()
      .withInstances(3)
      .register(nginxBridge)
      .runTask('nginx', 3, {
        placementStrategy: [
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'binpack', field: 'memory' },
        ],
      });
    const record = lastPlacement(d);
    expect(placementSentence(record, 'nginx:1')).toBe(
      `The last placement (01:30): 3 tasks of nginx:1 for family nginx with spread(attribute:ecs.availability-zone), then binpack(memory). All 3 were placed.`,
    );
  });

  it('names the default strategy and any constraints', () => {
    const d = ecs()
      .withInstances(2)
      .register(nginxBridge)
      .runTask('nginx', 1, { placementConstraints: [{ type: 'distinctInstance' }] });
    expect(placementSentence(lastPlacement(d), null)).toBe(
      'The last placement (01:30): 1 task of family nginx with random (the default), constraints distinctInstance: at most one task per instance. It was placed.',
    );
  });
});

describe('outcomeText', () => {
  it('says whether all, some or none of the tasks were placed', () => {
    expect(outcomeText(1, 1)).toBe('It was placed.');
    expect(outcomeText(1, 0)).toBe('It could not be placed.');
    expect(outcomeText(3, 0)).toBe('None could be placed.');
    expect(outcomeText(3, 2)).toBe('2 placed; 1 could not be placed.');
  });
});
