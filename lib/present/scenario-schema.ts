import { z } from 'zod';

/**
 * A guided scenario (`content/scenarios/<id>.yaml`): a simulator, where it starts, and the steps an
 * instructor walks through. The same schema checks the course's own files at build time and a
 * file an instructor opens from disk in the browser, so it must not need Node.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

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
  /** Texts that must appear among the events of this step (checked when scenarios are replayed in tests). */
  expect: z.array(z.string().min(3)).default([]),
  /**
   * The step shows a mistake on purpose: each text must appear in the output of a line that fails,
   * and only such lines may fail. Without it, any failing line is a broken scenario.
   */
  expectErrors: z.array(z.string().min(3)).default([]),
});

export const scenarioSchema = z.strictObject({
  id: slug,
  title: z.string().min(3).max(80),
  /** What the demo shows, for the list of scenarios. */
  summary: z.string().min(20).max(400),
  simulator: z.enum(['vm', 'ecs', 'eks', 'ecr']),
  /** The simulator preset it starts from. */
  preset: slug,
  /** Overrides the preset's seed. */
  seed: z.number().int().min(1).max(2_147_483_647).optional(),
  /** The lesson the demo goes with (its slug), linked from the list of scenarios. */
  lesson: slug,
  /** Seed points (COVERAGE.md) the demo teaches. */
  coverage: z.array(z.number().int().min(1).max(33)).min(1),
  steps: z.array(scenarioStepSchema).min(2).max(40),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;

/** The planned length of a scenario, in minutes (steps without a plan count for nothing). */
export function plannedMinutes(scenario: Pick<Scenario, 'steps'>): number {
  return scenario.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
}
