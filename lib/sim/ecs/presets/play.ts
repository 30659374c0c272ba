import { sessionForPreset } from '../../simulator-entry';
import { ecsSimulator } from '../simulator';
import { runConsoleLine } from '../../../cli/run-console-line';
import { cliFiles } from '../../../cli/aws/input/cli-files';
import { ECS_EXAMPLE_FILES } from '../example-files';
import type { EcsState } from '../types';

/** What typing `lines` into the console of a fresh preset leads to, as the browser would run them. */
export function playLines(
  presetId: string,
  lines: readonly string[],
): { state: EcsState; outputs: string[] } {
  let session = sessionForPreset(ecsSimulator, presetId);
  const outputs: string[] = [];
  for (const line of lines) {
    const result = runConsoleLine(session, line, ecsSimulator.cli, cliFiles(ECS_EXAMPLE_FILES));
    outputs.push(result.output);
    session = result.session;
  }
  return { state: session.state as EcsState, outputs };
}
