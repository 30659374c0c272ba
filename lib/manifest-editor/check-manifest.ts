import { cliFiles } from '../cli/aws/input/cli-files';
import { runConsoleLine } from '../cli/run-console-line';
import type { ConsoleCli } from '../cli/types';
import type { Session } from '../sim/core/session';
import type { EksCommand } from '../sim/eks/commands';
import type { EksState } from '../sim/eks/types';
import type { DraftCheck } from '../taskdef-editor/check-draft';
import { manifestDiagnostics } from './manifest-diagnostics';

/** The line the editor applies with, exactly as a learner would type it. */
export const applyLine = (fileName: string): string => `kubectl apply -f ${fileName}`;

/** `kind: Deployment` + `name: web` → `web.yaml`; the first document's name decides. */
export function manifestFileName(text: string): string {
  const name = /^\s{2}name:\s*["']?([a-z0-9]([-a-z0-9.]*[a-z0-9])?)["']?\s*$/m.exec(text)?.[1];
  return `${name ?? 'manifest'}.yaml`;
}

/**
 * What applying the manifest would print now, without applying it: the console's own line on the
 * current session, whose new session is thrown away.
 */
export function checkManifest(
  session: Session<EksState, EksCommand>,
  cli: ConsoleCli<EksState, EksCommand>,
  files: Readonly<Record<string, string>>,
  fileName: string,
  text: string,
): DraftCheck {
  const result = runConsoleLine(session, applyLine(fileName), cli, cliFiles({ ...files, [fileName]: text }));
  return {
    output: result.output,
    isError: result.isError,
    diagnostics: manifestDiagnostics(text, result.output, result.isError),
  };
}
