import type { Scenario } from './scenario-schema';

/**
 * A scenario as a console script for `npm run scenario`: a comment per step, its lines, then a
 * sleep for its seconds. Run from the scenario's preset and seed, it reaches the same states the
 * presenter's steps do.
 */
export function scenarioScript(scenario: Scenario): string {
  return scenario.steps
    .flatMap((step, index) => [
      `# step ${index + 1}: ${step.title}`,
      ...step.run,
      ...(step.playFor > 0 ? [`sleep ${step.playFor}`] : []),
    ])
    .join('\n');
}
