import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance } from '../sim/core/session';
import { runConsoleLine } from '../cli/run-console-line';
import { cliFiles } from '../cli/aws/input/cli-files';
import { ecsSimulator } from '../sim/ecs/simulator';
import { eksSimulator } from '../sim/eks/simulator';
import { ecrSimulator } from '../sim/ecr/simulator';
import { resolvedLine, sessionForPreset, type SimulatorEntry } from '../sim/simulator-entry';
import type { Moment } from '../../components/sim/moment';

/**
 * Every "predict, then play" moment in the lessons (`<EcsSimulator>`, `<EksSimulator>`, `<EcrSimulator>`), played
 * the way the browser plays it, through that simulator's engine: from the simulator's preset, pausing at `at`, running `run` (placeholders filled in), playing `playFor`.
 * Played twice, at the preset's seed and at another one (a learner may press "New seed"): the
 * same lines must succeed or fail the same way, so no moment depends on a seeded id.
 */
const LESSONS = join(process.cwd(), 'content', 'lessons');

/** The lesson components that embed a simulator, and the simulator each one runs. */
const SIMULATORS: Readonly<Record<string, { readonly sim: SimulatorEntry; readonly preset: string }>> = {
  EcsSimulator: { sim: ecsSimulator, preset: 'three-instances' },
  EksSimulator: { sim: eksSimulator, preset: 'three-nodes' },
  EcrSimulator: { sim: ecrSimulator, preset: 'built' },
};

interface Embedded {
  readonly lesson: string;
  readonly component: string;
  readonly sim: SimulatorEntry;
  readonly scenario: string;
  readonly moments: readonly Moment[];
}

/** The JS expression inside `moments={…}`, by matching braces (moments hold no braces in strings but JSON in run lines may). */
function expressionAfter(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (quote !== null) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return text.slice(start + 1, index);
  }
  throw new Error('unbalanced moments={…}');
}

function embeddedSimulators(): Embedded[] {
  return readdirSync(LESSONS)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const text = readFileSync(join(LESSONS, file), 'utf8');
      return [...text.matchAll(/<(EcsSimulator|EksSimulator|EcrSimulator)\b/g)].flatMap((match) => {
        const component = match[1] ?? '';
        const { sim, preset } = SIMULATORS[component]!;
        const tag = text.slice(match.index, text.indexOf('/>', match.index));
        const scenario = /(?:scenario|preset)="([^"]+)"/.exec(tag)?.[1] ?? preset;
        const at = tag.indexOf('moments={');
        if (at === -1) return [];
        // Moments are object literals written in the MDX; evaluating them is what MDX does too.
        const moments = new Function(
          `return (${expressionAfter(tag, at + 'moments='.length)});`,
        )() as Moment[];
        return [{ lesson: file.replace(/\.mdx$/, ''), component, sim, scenario, moments }];
      });
    });
}

function play(embedded: Embedded, seed?: number): { line: string; isError: boolean; output: string }[] {
  const { sim } = embedded;
  let session = sessionForPreset(sim, embedded.scenario, seed);
  const files = cliFiles(sim.files ?? {});
  const results: { line: string; isError: boolean; output: string }[] = [];
  for (const moment of embedded.moments) {
    const at = (moment.at ?? 0) * 1000;
    if (at > session.state.now) session = advance(session, at - session.state.now);
    for (const scripted of moment.run ?? []) {
      const line = resolvedLine(sim, scripted, session.state);
      const result = runConsoleLine(session, line, sim.cli, files);
      session = result.session;
      results.push({ line, isError: result.isError, output: result.output });
    }
    if (moment.playFor) session = advance(session, moment.playFor * 1000);
  }
  return results;
}

const embeddedList = embeddedSimulators();

describe('moments in the lessons', () => {
  it('finds the lessons’ simulators', () => {
    expect(
      embeddedList.filter((embedded) => embedded.component === 'EcsSimulator').length,
    ).toBeGreaterThanOrEqual(6);
    expect(
      embeddedList.filter((embedded) => embedded.component === 'EksSimulator').length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      embeddedList.filter((embedded) => embedded.component === 'EcrSimulator').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(
    embeddedList.map(
      (embedded, index) =>
        [`${embedded.lesson} #${index} (${embedded.component} ${embedded.scenario})`, embedded] as const,
    ),
  )('%s plays the same whatever the seed', (_, embedded) => {
    expect(embedded.sim.presets.some((preset) => preset.id === embedded.scenario)).toBe(true);
    const ids = embedded.moments.map((moment) => moment.id);
    expect(new Set(ids).size).toBe(ids.length);
    const atPresetSeed = play(embedded);
    const atOtherSeed = play(embedded, 4242);
    for (const result of [...atPresetSeed, ...atOtherSeed]) {
      expect(result.line, 'an unresolved placeholder').not.toMatch(
        /\{(task|stopped-task|instance|container-instance|target-group):/,
      );
      expect(result.output).not.toMatch(/internal error/);
    }
    expect(
      atOtherSeed.map(
        (result) => `${result.isError} ${result.line.replace(/[0-9a-f]{16,}|i-0[0-9a-f]+/g, 'ID')}`,
      ),
    ).toEqual(
      atPresetSeed.map(
        (result) => `${result.isError} ${result.line.replace(/[0-9a-f]{16,}|i-0[0-9a-f]+/g, 'ID')}`,
      ),
    );
  });
});
