import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sessionForPreset } from '@/lib/sim/simulator-entry';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { scenarioFromSession } from './from-session';
import { readScenarioFile } from './read-scenario-file';
import { replayScenario } from './replay';

describe('saving a sandbox session as a scenario', () => {
  it('turns each typed command into a step that replays to the same state', () => {
    const start = sessionForPreset(ecsSimulator, 'web-service');
    let session = start;
    for (const line of [
      'sleep 20',
      'chaos fail-az us-east-1b',
      'sleep 60',
      'aws ecs list-tasks',
      'not-a-command',
      'chaos restore-az us-east-1b',
      'sleep 30',
    ])
      session = runConsoleLine(session, line, ecsSimulator.cli).session;
    const scenario = scenarioFromSession({
      simulator: 'ecs',
      preset: 'web-service',
      seed: session.seed,
      log: session.log,
      presetCommands: start.log.length,
      now: session.state.now,
      startedAt: start.state.now,
    });
    expect(scenario.steps.map((step) => step.run)).toEqual([
      [],
      ['chaos fail-az us-east-1b'],
      ['chaos restore-az us-east-1b'],
    ]);
    expect(scenario.steps.map((step) => step.playFor)).toEqual([20, 60, 30]);
    // Written out and read back, it is a valid scenario that ends where the session is.
    const read = readScenarioFile(stringify(scenario));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const replays = replayScenario(ecsSimulator, read.scenario);
    expect(replays.flatMap((replay) => replay.problems)).toEqual([]);
    expect(replays.at(-1)?.session.state).toEqual(session.state);
  });
});

describe('opening a scenario file', () => {
  it('says where the YAML is broken', () => {
    const read = readScenarioFile('id: demo\nsteps:\n  - title: [unclosed\n');
    expect(read).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^YAML syntax at line \d+, column \d+/)],
    });
  });

  it('names each field the schema refuses', () => {
    const read = readScenarioFile(
      JSON.stringify({ id: 'Demo Scenario', title: 'A demo', simulator: 'nomad', steps: [] }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: /),
        expect.stringMatching(/^simulator: /),
        expect.stringMatching(/^summary: /),
        expect.stringMatching(/^steps: /),
      ]),
    );
  });

  it('refuses what is not a scenario at all', () => {
    expect(readScenarioFile('just words')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('holds no scenario')],
    });
    expect(readScenarioFile('x'.repeat(600 * 1024))).toMatchObject({ ok: false });
  });
});
