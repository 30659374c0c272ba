import { describe, expect, it } from 'vitest';
import { listScenarioIds, loadAllScenarios } from '@/lib/content/scenarios';
import { getSimulator } from '@/lib/sim/registry';
import { plannedMinutes, scenarioSchema, scenarioStepSchema } from './scenario-schema';
import { replayScenario, sessionAtStep } from './replay';
import { scriptedTimeline } from './timeline';
import { COMPARE_PRESETS } from './compare-view';
import { replayCompareScenario } from './compare-replay';

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

  for (const scenario of scenarios.filter((candidate) => candidate.simulator === 'compare')) {
    describe(scenario.id, () => {
      it('starts from a view of the side-by-side and plans 5 to 15 minutes', () => {
        expect(COMPARE_PRESETS.map((preset) => preset.id)).toContain(scenario.preset);
        expect(plannedMinutes(scenario)).toBeGreaterThanOrEqual(5);
        expect(plannedMinutes(scenario)).toBeLessThanOrEqual(15);
        expect(scenario.steps.every((step) => step.minutes !== undefined)).toBe(true);
      });

      it('shows, step by step, what each step promises', () => {
        expect(replayCompareScenario(scenario).flatMap((replay) => replay.problems)).toEqual([]);
      });
    });
  }

  for (const scenario of scenarios) {
    if (scenario.simulator === 'compare') continue;
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

  it('keeps console lines and settings of the side-by-side apart', () => {
    const onCompare = scenarioSchema.safeParse({ ...valid, simulator: 'compare', preset: 'side-by-side' });
    expect(onCompare.success).toBe(false);
    expect(onCompare.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'steps.1.run',
      'steps.1.playFor',
    ]);
    const settings = { compare: { shape: 'burst', peakRps: 10_000, at: '12:05' } };
    const compare = {
      ...valid,
      simulator: 'compare',
      preset: 'side-by-side',
      steps: valid.steps.map((step) => ({
        title: step.title,
        narration: step.narration,
        notes: step.notes,
        ...settings,
      })),
    };
    expect(scenarioSchema.safeParse(compare).success).toBe(true);
    const onEcs = scenarioSchema.safeParse({
      ...valid,
      steps: [valid.steps[0], { ...valid.steps[1], ...settings }],
    });
    expect(onEcs.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['steps.1.compare']);
  });

  it('takes only the peaks, shapes, sizes and times a learner can set', () => {
    const step = (compare: object) => scenarioStepSchema.safeParse({ ...valid.steps[0], compare });
    expect(step({ peakRps: 3000 }).success).toBe(false);
    expect(step({ shape: 'spiky' }).success).toBe(false);
    expect(step({ at: '24:00' }).success).toBe(false);
    expect(step({ at: '23:55' }).success).toBe(false);
    expect(step({ size: 'medium', at: '09:30', peakRps: 20_000, shape: 'steady' }).success).toBe(true);
  });

  it('refuses an unknown simulator and stray fields', () => {
    expect(scenarioSchema.safeParse({ ...valid, simulator: 'nomad' }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...valid, speakerNotes: 'typo' }).success).toBe(false);
  });
});
