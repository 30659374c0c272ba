import type { CommandError } from '../../sim/core/types';
import { parseEcsCommand, type EcsCommand } from '../../sim/ecs/commands';
import type { EcsState } from '../../sim/ecs/types';
import { fail, print, type CliContext, type CliResult, type DispatchOutcome, type Printed } from '../types';
import { withHint } from '../suggest';
import { awsApiError } from '../vm/aws-format';
import type { Shape } from '../aws/param-validation';
import type { ParamDef } from './args/parse-args';
import type { ApiInput } from './args/param-values';
import { awsJson } from './format/aws-json';

/** One `aws SERVICE OPERATION`: its parameters and what it does with the request. */

export type Result = CliResult<EcsState, EcsCommand>;
export type Outcome = DispatchOutcome<EcsState>;

export interface OperationEnv {
  readonly state: EcsState;
  readonly context: CliContext;
  /** Words that are not options (`aws logs tail GROUP`). */
  readonly positionals: readonly string[];
}

export interface Operation {
  /** The CLI name: `run-task`. */
  readonly name: string;
  /** The API name used in error messages: `RunTask`. */
  readonly api: string;
  /** One line for `aws SERVICE help` and the console's help. */
  readonly summary: string;
  readonly params: readonly ParamDef[];
  /** How many positional words it takes (only the CLI's own commands such as `logs tail`). */
  readonly positionals?: number;
  /** The whole request shape botocore validates, when it is not simply the parameters' shapes. */
  readonly shape?: Shape;
  run(input: ApiInput, env: OperationEnv): Result;
}

export interface AwsService {
  /** `ecs`, `ec2`, `application-autoscaling`… */
  readonly name: string;
  readonly operations: readonly Operation[];
}

export const param = (
  flag: string,
  member: string,
  kind: ParamDef['kind'],
  required = false,
  shape?: Shape,
): ParamDef => ({
  flag,
  member,
  kind,
  ...(required ? { required } : {}),
  ...(shape === undefined ? {} : { shape }),
});

/** `aws ecs …` prints the API's JSON answer. */
export const printJson = (value: unknown): Result => print(awsJson(value));

/** An API error as the CLI prints it, with our hint under it. */
export function apiErrorText(api: string, error: CommandError, hint: string | null = null): string {
  return withHint(awsApiError(error.code, api, error.message), hint);
}

export const apiError = (api: string, code: string, message: string, hint: string | null = null): Result =>
  fail(apiErrorText(api, { code, message }, hint));

const shown = (output: string): Printed => ({ output, isError: false });

/**
 * Dispatches a command. The engine's refusal is printed as the CLI prints API errors (with a hint
 * chosen from the outcome); otherwise `success` renders the API's answer. A command the engine's
 * schema would refuse (a value longer than any AWS allows) never reaches the log.
 */
export function dispatch(
  api: string,
  command: EcsCommand,
  success: (outcome: Outcome) => string,
  hint: (error: CommandError, outcome: Outcome) => string | null = () => null,
): Result {
  const checked = parseEcsCommand(command);
  if (!checked.ok)
    return fail(`Dockyard: this simulator cannot send that ${api} request (${checked.error}).`);
  return {
    kind: 'dispatch',
    command: checked.command,
    render: (outcome) =>
      outcome.error === undefined
        ? shown(success(outcome))
        : { output: apiErrorText(api, outcome.error, hint(outcome.error, outcome)), isError: true },
  };
}

// ---------------------------------------------------------------- reading the request

export function str(input: ApiInput, key: string): string | undefined {
  const value = input[key];
  return typeof value === 'string' ? value : undefined;
}

export function int(input: ApiInput, key: string): number | undefined {
  const value = input[key];
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function bool(input: ApiInput, key: string): boolean | undefined {
  const value = input[key];
  return typeof value === 'boolean' ? value : undefined;
}

export function strings(input: ApiInput, key: string): string[] | undefined {
  const value = input[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

export function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function records(value: unknown): Readonly<Record<string, unknown>>[] | undefined {
  return Array.isArray(value)
    ? value.map(record).filter((item): item is Readonly<Record<string, unknown>> => item !== undefined)
    : undefined;
}
