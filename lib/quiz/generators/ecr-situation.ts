import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { createSession, type Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { ecrSimulator } from '@/lib/sim/ecr/simulator';
import type { EcrState } from '@/lib/sim/ecr/types';
import type { LineRun } from './situation';

export type EcrSession = Session<BaseState, CommandBase>;

/** The account's repository `web`, as a push names it. */
export const WEB = `${REGISTRY_HOST}/web`;
/** `docker login` with a fresh token: valid 12 hours (§8.1), so a situation spanning days logs in again. */
export const LOGIN = `aws ecr get-login-password | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

/**
 * One console line as the learner's ECR console runs it, with the question's own files (a
 * Dockerfile, a policy) beside the course's example build context.
 */
export function runEcrLine(
  session: EcrSession,
  line: string,
  files: Readonly<Record<string, string>>,
): LineRun {
  return runConsoleLine(session, line, ecrSimulator.cli, cliFiles({ ...ecrSimulator.files, ...files }));
}

/** A laptop and an empty registry at `seed`, then `lines` as if typed; a failing line is a generator bug, so it throws. */
export function ecrSituation(
  lines: readonly string[],
  files: Readonly<Record<string, string>>,
  seed: number,
): EcrSession {
  let session: EcrSession = createSession(ecrSimulator.engine, seed);
  for (const line of lines) {
    const result = runEcrLine(session, line, files);
    if (result.isError) throw new Error(`generated situation: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  return session;
}

export const ecrState = (session: EcrSession): EcrState => session.state as EcrState;
