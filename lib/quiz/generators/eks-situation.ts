import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { createSession, type Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { eksSimulator } from '@/lib/sim/eks/simulator';
import type { EksState } from '@/lib/sim/eks/types';
import type { LineRun } from './situation';

export type EksSession = Session<BaseState, CommandBase>;

/** One console line as the learner's EKS console runs it, with the question's own manifests as files. */
export function runEksLine(
  session: EksSession,
  line: string,
  files: Readonly<Record<string, string>>,
): LineRun {
  return runConsoleLine(session, line, eksSimulator.cli, cliFiles({ ...eksSimulator.files, ...files }));
}

/** A fresh account at `seed` with `lines` run as if typed; a failing line is a generator bug, so it throws. */
export function eksSituation(
  lines: readonly string[],
  files: Readonly<Record<string, string>>,
  seed: number,
  from: EksSession = createSession(eksSimulator.engine, seed),
): EksSession {
  let session = from;
  for (const line of lines) {
    const result = runEksLine(session, line, files);
    if (result.isError) throw new Error(`generated situation: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  return session;
}

export const eksState = (session: EksSession): EksState => session.state as EksState;
