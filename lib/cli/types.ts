import type { BaseState, CommandBase, CommandError, Json, SimEvent } from '../sim/core/types';

/**
 * How a simulator plugs its command families (`docker`, `aws ec2`, later `aws ecs`, `kubectl`) into
 * the shared console. A program either prints (a read-only command or a usage error) or asks for
 * one command to be dispatched and then renders the engine's answer the way the real tool would.
 */
export interface Printed {
  readonly output: string;
  readonly isError: boolean;
}

export interface DispatchOutcome<S> {
  readonly before: S;
  readonly after: S;
  readonly events: readonly SimEvent[];
  readonly error?: CommandError;
  readonly response?: Json;
}

export type CliResult<S, C> =
  | ({ readonly kind: 'print' } & Printed)
  | {
      readonly kind: 'dispatch';
      readonly command: C;
      readonly render: (outcome: DispatchOutcome<S>) => Printed;
    };

/**
 * What a program may read besides the state: files named as `file://PATH` (task definitions, user
 * data). The runner reads them relative to the script; the browser offers the course's example
 * files. Reading never throws: a missing file is the tool's own error message.
 */
export interface CliContext {
  readFile(path: string): { readonly ok: true; readonly text: string } | { readonly ok: false };
  /** Every file it can read, for a build context (`docker build .`); absent when unknown. */
  listFiles?(): readonly string[];
  /** What the command on the left of a pipe printed (`aws ecr get-login-password | docker login …`). */
  readonly stdin?: string;
}

export const NO_FILES: CliContext = { readFile: () => ({ ok: false }) };

export interface CliProgram<S extends BaseState, C extends CommandBase> {
  /** The first word: `docker`, `aws`, `traffic`. */
  readonly name: string;
  /** Lines for `help`, e.g. `docker ps [-a]        list containers`. */
  readonly help: readonly string[];
  run(args: readonly string[], state: S, context: CliContext): CliResult<S, C>;
  /** Words that could come next, given the words before the one being typed. */
  complete(before: readonly string[], state: S): readonly string[];
}

export interface ConsoleCli<S extends BaseState, C extends CommandBase> {
  /** Shown at the top of `help`. */
  readonly title: string;
  readonly programs: readonly CliProgram<S, C>[];
  /** The longest `sleep` one line may ask for (default: an hour; `duration.ts`). */
  readonly maxSleepMs?: number;
  /** Runs `A | B`: B reads what A printed as its stdin (one pipe, A must only print). */
  readonly pipes?: boolean;
}

export const print = (output: string, isError = false): { kind: 'print' } & Printed => ({
  kind: 'print',
  output,
  isError,
});
export const fail = (output: string): { kind: 'print' } & Printed => print(output, true);
