import type { SimEvent } from '@/lib/sim/core/types';
import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { ecrSimulator } from '@/lib/sim/ecr/simulator';
import type { EcrState } from '@/lib/sim/ecr/types';
import { sessionForPreset } from '@/lib/sim/simulator-entry';

/** Tests only: the ECR simulator at a preset, then console lines typed as a learner would. */
export interface EcrRun {
  readonly state: EcrState;
  readonly events: readonly SimEvent[];
  /** What the last line printed, and whether the tool refused it. */
  readonly output: string;
  readonly isError: boolean;
}

export function ecrAfter(presetId: string, lines: readonly string[] = []): EcrRun {
  let session = sessionForPreset(ecrSimulator, presetId);
  let output = '';
  let isError = false;
  for (const line of lines) {
    const result = runConsoleLine(session, line, ecrSimulator.cli, cliFiles(ecrSimulator.files ?? {}));
    session = result.session;
    output = result.output;
    isError = result.isError;
  }
  return { state: session.state as EcrState, events: session.events, output, isError };
}
