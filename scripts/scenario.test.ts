import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../lib/content/scenarios';
import { compareTranscript } from '../lib/present/compare-replay';
import { scenarioScript } from '../lib/present/scenario-script';
import { runSimScript } from './sim';

describe('npm run scenario', () => {
  for (const scenario of loadAllScenarios()) {
    it(`replays ${scenario.id} headless, step by step, with its placeholders filled in`, () => {
      const transcript =
        scenario.simulator === 'compare'
          ? compareTranscript(scenario)
          : runSimScript(scenarioScript(scenario), {
              sim: scenario.simulator,
              preset: scenario.preset,
              events: true,
              resolvePlaceholders: true,
              ...(scenario.seed === undefined ? {} : { seed: scenario.seed }),
            });
      scenario.steps.forEach((step, index) =>
        expect(transcript).toContain(`$ # step ${index + 1}: ${step.title}`),
      );
      for (const text of scenario.steps.flatMap((step) => step.expect)) expect(transcript).toContain(text);
      expect(transcript).not.toMatch(
        /\{(task|stopped-task|instance|container-instance|target-group|auto-scaling-group):/,
      );
      expect(transcript).not.toContain('internal error');
    });
  }
});
