import { describe, expect, it } from 'vitest';
import { ecsSimulator } from '../../lib/sim/ecs/simulator';
import { sessionForPreset } from '../../lib/sim/simulator-entry';
import { runConsoleLine } from '../../lib/cli/run-console-line';
import type { BaseState, CommandBase } from '../../lib/sim/core/types';
import type { Session } from '../../lib/sim/core/session';
import {
  mib,
  PLAYGROUND_INSTANCES,
  STRATEGY_OUTCOMES,
  tasksOn,
  WEB_TASK_MEMORY,
} from './placement-compare-data';

type AnySession = Session<BaseState, CommandBase>;

function run(session: AnySession, line: string): { session: AnySession; json: Record<string, unknown> } {
  const result = runConsoleLine(session, line, ecsSimulator.cli);
  expect(result.isError, `${line}\n${result.output}`).toBe(false);
  return { session: result.session, json: JSON.parse(result.output) as Record<string, unknown> };
}

interface Described {
  containerInstanceArn: string;
  attributes: { name: string; value?: string }[];
  registeredResources: { name: string; integerValue?: number }[];
  remainingResources: { name: string; integerValue?: number }[];
  runningTasksCount: number;
}

function instances(session: AnySession): Described[] {
  const listed = run(session, 'aws ecs list-container-instances').json.containerInstanceArns as string[];
  const ids = listed.map((arn) => arn.split('/').pop()).join(' ');
  return run(session, `aws ecs describe-container-instances --container-instances ${ids}`).json
    .containerInstances as Described[];
}

const attribute = (instance: Described, name: string) =>
  instance.attributes.find((a) => a.name === name)?.value;
const resource = (list: Described['remainingResources'], name: string) =>
  list.find((r) => r.name === name)?.integerValue;

/** The data's index of a described instance, matched by type and zone (unique in the playground). */
function indexOf(instance: Described): number {
  return PLAYGROUND_INSTANCES.findIndex(
    (expected) =>
      expected.type === attribute(instance, 'ecs.instance-type') &&
      expected.az === attribute(instance, 'ecs.availability-zone'),
  );
}

describe('placement compare figure', () => {
  it('shows the placement-playground instances as the engine registers them', () => {
    const described = instances(sessionForPreset(ecsSimulator, 'placement-playground'));
    expect(described).toHaveLength(PLAYGROUND_INSTANCES.length);
    for (const instance of described) {
      const expected = PLAYGROUND_INSTANCES[indexOf(instance)];
      expect(expected, attribute(instance, 'ecs.instance-type')).toBeDefined();
      expect(resource(instance.registeredResources, 'MEMORY')).toBe(expected?.registeredMemory);
      expect(resource(instance.remainingResources, 'MEMORY')).toBe(expected?.memoryLeft);
      expect(resource(instance.remainingResources, 'CPU')).toBe(expected?.cpuLeft);
      expect(instance.runningTasksCount).toBe(expected?.cacheTasks);
    }
  });

  it.each(STRATEGY_OUTCOMES.map((outcome) => [outcome.id, outcome] as const))(
    'puts the three %s tasks where the engine does, leaving the memory it says',
    (_id, outcome) => {
      const start = sessionForPreset(ecsSimulator, 'placement-playground');
      const byArn = new Map(instances(start).map((instance) => [instance.containerInstanceArn, instance]));
      const { session, json } = run(start, outcome.command);
      const placed = (json.tasks as { containerInstanceArn: string }[]).map((task) =>
        indexOf(byArn.get(task.containerInstanceArn)!),
      );
      expect(placed).toEqual(outcome.placements);
      for (const instance of instances(session)) {
        const index = indexOf(instance);
        const expectedLeft =
          PLAYGROUND_INSTANCES[index]!.memoryLeft - tasksOn(outcome, index).length * WEB_TASK_MEMORY;
        expect(resource(instance.remainingResources, 'MEMORY')).toBe(expectedLeft);
      }
    },
  );

  it('groups thousands the way the figure prints them', () => {
    expect(mib(305)).toBe('305');
    expect(mib(13922)).toBe('13,922');
  });
});
