import { createSession, type Session } from '../../core/session';
import { cliFiles } from '../../../cli/aws/input/cli-files';
import { runConsoleLine } from '../../../cli/run-console-line';
import { ecrCli } from '../../../cli/ecr/ecr-cli';
import type { EcrCommand } from '../commands';
import { ecrEngine } from '../engine';
import { ECR_EXAMPLE_FILES } from '../example-files';
import { REGISTRY_HOST } from '../figures';
import type { EcrState } from '../types';

/** Drives the ECR simulator through its console, as the tests of its rules do. */
export const WEB = `${REGISTRY_HOST}/web`;
export const LOGIN = `aws ecr get-login-password | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

export interface Driven {
  readonly session: Session<EcrState, EcrCommand>;
  readonly outputs: readonly string[];
  readonly last: { readonly output: string; readonly isError: boolean };
}

export function drive(lines: readonly string[], files: Readonly<Record<string, string>> = {}, seed = 1): Driven {
  let session = createSession(ecrEngine, seed);
  const context = cliFiles({ ...ECR_EXAMPLE_FILES, ...files });
  const outputs: string[] = [];
  let last = { output: '', isError: false };
  for (const line of lines) {
    const result = runConsoleLine(session, line, ecrCli, context);
    session = result.session;
    outputs.push(result.output);
    last = { output: result.output, isError: result.isError };
  }
  return { session, outputs, last };
}

export function repository(state: EcrState, name = 'web') {
  const found = state.repositories.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no repository ${name}`);
  return found;
}
