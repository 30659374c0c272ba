import { cliFiles } from '../cli/aws/input/cli-files';
import { runConsoleLine } from '../cli/run-console-line';
import type { ConsoleCli } from '../cli/types';
import type { BaseState, CommandBase } from '../sim/core/types';
import type { Session } from '../sim/core/session';
import { cliDiagnostics, type EditorDiagnostic } from './cli-diagnostics';

/** The line the editor registers with, exactly as a learner would type it. */
export const registerLine = (fileName: string): string =>
  `aws ecs register-task-definition --cli-input-json file://${fileName}`;

export interface DraftCheck {
  readonly output: string;
  readonly isError: boolean;
  readonly diagnostics: readonly EditorDiagnostic[];
}

/**
 * What registering the draft would print now, without registering it: the console's own line on
 * the current session, whose new session is thrown away.
 */
export function checkDraft<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  cli: ConsoleCli<S, C>,
  files: Readonly<Record<string, string>>,
  fileName: string,
  text: string,
): DraftCheck {
  const result = runConsoleLine(
    session,
    registerLine(fileName),
    cli,
    cliFiles({ ...files, [fileName]: text }),
  );
  return {
    output: result.output,
    isError: result.isError,
    diagnostics: cliDiagnostics(text, result.output, result.isError),
  };
}
