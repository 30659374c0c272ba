import { describe, expect, it } from 'vitest';
import { listScenarioIds, loadAllScenarios } from '@/lib/content/scenarios';
import { getSimulator } from '@/lib/sim/registry';
import { plannedMinutes, scenarioSchema } from './scenario-schema';
import { replayScenario, sessionAtStep } from './replay';
import { scriptedTimeline } from './timeline';

const scenarios = loadAllScenarios();

describe('guided scenarios', () => {
  it('include the six demos instructors asked for', () => {
    expect(listScenarioIds()).toEqual(
      expect.arrayContaining([
        'containers-vs-vms-burst',
        'binpack-vs-spread',
        'deployment-rollback',
        'losing-an-availability-zone',
        'scaling-out-under-load',
        'broken-task-definition',
      ]),
    );
  });

  for (const scenario of scenarios) {
    describe(scenario.id, () => {
      const entry = getSimulator(scenario.simulator);

      it('starts from a preset of its simulator and plans 5 to 15 minutes', () => {
        expect(entry?.presets.map((preset) => preset.id)).toContain(scenario.preset);
        expect(plannedMinutes(scenario)).toBeGreaterThanOrEqual(5);
        expect(plannedMinutes(scenario)).toBeLessThanOrEqual(15);
        expect(scenario.steps.every((step) => step.minutes !== undefined)).toBe(true);
      });

      it('replays headless with every line as planned and the events each step promises', () => {
        if (entry === undefined) throw new Error(`no simulator ${scenario.simulator}`);
        const replays = replayScenario(entry, scenario);
        expect(replays.flatMap((replay) => replay.problems)).toEqual([]);
        // The step URL's state is the same replay, step by step.
        const last = replays.at(-1)?.session;
        expect(sessionAtStep(entry, scenario, scenario.steps.length).state).toEqual(last?.state);
        // So is the presenter's timeline, built step by step as the talk goes.
        const timeline = scriptedTimeline(entry, scenario);
        replays.forEach((replay, index) => {
          expect(timeline.after(index + 1).state).toEqual(replay.session.state);
          expect(timeline.staged(index + 1).printed).toEqual(replay.printed);
        });
      });
    });
  }
});

describe('the scenario schema', () => {
  const valid = {
    id: 'demo',
    title: 'A demo',
    summary: 'A short demo that shows one thing clearly.',
    simulator: 'ecs',
    preset: 'web-service',
    lesson: 'services-and-placement',
    coverage: [13],
    steps: [
      { title: 'First', narration: 'What the room reads.', notes: 'What the presenter reads.' },
      {
        title: 'Second',
        run: ['chaos fail-az us-east-1b'],
        playFor: 60,
        narration: 'A zone fails.',
        notes: 'Ask first.',
      },
    ],
  };

  it('fills in defaults', () => {
    const parsed = scenarioSchema.parse(valid);
    expect(parsed.steps[0]).toMatchObject({ run: [], playFor: 0, expect: [], expectErrors: [] });
  });

  it('names the field at fault', () => {
    const result = scenarioSchema.safeParse({ ...valid, steps: [{ title: 'Only', narration: 'x' }] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['steps', 'steps.0.narration', 'steps.0.notes']));
  });

  it('refuses an unknown simulator and stray fields', () => {
    expect(scenarioSchema.safeParse({ ...valid, simulator: 'nomad' }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...valid, speakerNotes: 'typo' }).success).toBe(false);
  });
});
