import { z } from '@/lib/zod';
import { PEAK_STOPS } from '../compare/settings';
import { LOAD_SHAPES, SIZE_IDS } from '../compare/types';

/**
 * A guided scenario (`content/scenarios/<id>.yaml`): a simulator, where it starts, and the steps an
 * instructor walks through. The same schema checks the course's own files at build time and a
 * file an instructor opens from disk in the browser, so it must not need Node.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** The simulators with an engine and a console: their steps run lines and play simulated seconds. */
export const ENGINE_SIMULATORS = ['vm', 'ecs', 'eks', 'ecr'] as const;
export type EngineSimulatorId = (typeof ENGINE_SIMULATORS)[number];

/**
 * What a step of a `compare` talk sets on the side-by-side (lib/compare): the load's shape, its
 * peak, the replica size and the time of day shown. What a step leaves out stays as it was.
 */
export const compareSettingsSchema = z.strictObject({
  shape: z.enum(LOAD_SHAPES).optional(),
  /** One of the peaks the slider offers, so the room sees exactly what a learner can set. */
  peakRps: z
    .number()
    .refine((value) => (PEAK_STOPS as readonly number[]).includes(value), {
      message: `use one of the slider's peaks: ${PEAK_STOPS.join(', ')}`,
    })
    .optional(),
  size: z.enum(SIZE_IDS).optional(),
  /** The time of day the cards show, "HH:MM" from 00:00 to 23:50. */
  at: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM')
    .refine((text) => text <= '23:50', 'the day shown ends at 23:50')
    .optional(),
});

export type CompareSettings = z.infer<typeof compareSettingsSchema>;

export const scenarioStepSchema = z.strictObject({
  /** Shown in the overview and the presenter's "next" preview. */
  title: z.string().min(3).max(80),
  /** Console lines run when the step begins, exactly as if typed (placeholders such as `{task:web}` work). */
  run: z.array(z.string().min(1).max(20_000)).max(50).default([]),
  /** Simulated seconds that pass after the lines, played for the room. */
  playFor: z.number().int().min(0).max(3600).default(0),
  /** What the audience reads, in large type. */
  narration: z.string().min(10).max(600),
  /** What only the presenter sees. */
  notes: z.string().min(10).max(2000),
  /** Planned length, for the pacing timer. */
  minutes: z.number().positive().max(15).optional(),
  /**
   * "Ask the room": the step opens on the question, before anything plays; revealing plays the
   * step (its lines and seconds) and shows the answer. Predict first, then watch.
   */
  ask: z
    .strictObject({ question: z.string().min(10).max(400), answer: z.string().min(10).max(800) })
    .optional(),
  /**
   * Texts that must appear among the events of this step (checked when scenarios are replayed in
   * tests); on the side-by-side, in what the step shows (its headless report).
   */
  expect: z.array(z.string().min(3)).default([]),
  /**
   * The step shows a mistake on purpose: each text must appear in the output of a line that fails,
   * and only such lines may fail. Without it, any failing line is a broken scenario.
   */
  expectErrors: z.array(z.string().min(3)).default([]),
  /** A `compare` talk's settings for this step (its only kind of action: it has no console). */
  compare: compareSettingsSchema.optional(),
});

export const scenarioSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(3).max(80),
    /** What the demo shows, for the list of scenarios. */
    summary: z.string().min(20).max(400),
    /** An engine simulator, or `compare`: the side-by-side of compute options (no console, no clock). */
    simulator: z.enum([...ENGINE_SIMULATORS, 'compare']),
    /** The simulator preset it starts from (for `compare`, a starting view: lib/present/compare-view.ts). */
    preset: slug,
    /** Overrides the preset's seed. */
    seed: z.number().int().min(1).max(2_147_483_647).optional(),
    /** The lesson the demo goes with (its slug), linked from the list of scenarios. */
    lesson: slug,
    /** Seed points (COVERAGE.md) the demo teaches. */
    coverage: z.array(z.number().int().min(1).max(33)).min(1),
    steps: z.array(scenarioStepSchema).min(2).max(40),
  })
  .superRefine((scenario, context) => {
    const compare = scenario.simulator === 'compare';
    scenario.steps.forEach((step, index) => {
      const problem = (field: string, message: string) =>
        context.addIssue({ code: 'custom', path: ['steps', index, field], message });
      if (compare) {
        if (step.run.length > 0) problem('run', 'the side-by-side has no console: set it with compare');
        if (step.playFor > 0) problem('playFor', 'the side-by-side has no clock to play: set compare.at');
        if (step.expectErrors.length > 0) problem('expectErrors', 'the side-by-side has no lines to fail');
      } else if (step.compare !== undefined)
        problem('compare', `only a compare scenario sets the side-by-side, not ${scenario.simulator}`);
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;

/** The planned length of a scenario, in minutes (steps without a plan count for nothing). */
export function plannedMinutes(scenario: Pick<Scenario, 'steps'>): number {
  return scenario.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
}
