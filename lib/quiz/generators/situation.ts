import { createSession, type Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { resolvedLine } from '@/lib/sim/simulator-entry';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import type { EcsState } from '@/lib/sim/ecs/types';

export type EcsSession = Session<BaseState, CommandBase>;

export interface LineRun {
  readonly session: EcsSession;
  readonly output: string;
  readonly isError: boolean;
}

/** One console line run as the learner's console runs it (placeholders filled in first). */
export function runEcsLine(session: EcsSession, line: string): LineRun {
  const resolved = resolvedLine(ecsSimulator, line, session.state);
  return runConsoleLine(session, resolved, ecsSimulator.cli, cliFiles(ecsSimulator.files ?? {}));
}

/**
 * The session a generated question shows: a fresh ECS account at `seed`, then `lines` run as if
 * typed. A line that fails is a bug in the generator, so it throws (the property test runs them all).
 */
export function ecsSituation(lines: readonly string[], seed: number): EcsSession {
  let session: EcsSession = createSession(ecsSimulator.engine, seed);
  for (const line of lines) {
    const result = runEcsLine(session, line);
    if (result.isError) throw new Error(`generated situation: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  return session;
}

export function ecsState(session: EcsSession): EcsState {
  return session.state as EcsState;
}
