import type { Shape } from '../../aws/param-validation';

/**
 * The AWS CLI's argument parsing (awscli/clidriver.py on top of Python's argparse): `--name value`
 * and `--name=value`, list parameters (nargs='+') that take every following word up to the next
 * option, booleans as `--force` / `--no-force`, unambiguous prefixes (`--instance-id` for
 * `--instance-ids`: argparse's allow_abbrev), the global options anywhere on the line, and
 * argparse's own error texts. Values are converted later (param-values.ts), as the CLI does.
 */

export type ParamKind =
  /** One word: a string. */
  | 'string'
  /** One word: `int(value)`. */
  | 'integer'
  /** `--flag` / `--no-flag`. */
  | 'boolean'
  /** A list of strings: every following word. */
  | 'strings'
  /** One structure: JSON, shorthand or file://. */
  | 'structure'
  /** A list of structures: one JSON list, or one shorthand structure per word. */
  | 'list';

export interface ParamDef {
  /** `--task-definition` */
  readonly flag: string;
  /** The API member it fills: `taskDefinition`. */
  readonly member: string;
  readonly kind: ParamKind;
  readonly required?: boolean;
  /** The member's API shape (botocore's model) for structures and lists of structures. */
  readonly shape?: Shape;
}

export type RawValue = string | readonly string[] | boolean;

export type ParsedArgs =
  | {
      readonly ok: true;
      /** Operation parameters given, by flag, in the order the CLI builds its call (spec order). */
      readonly values: ReadonlyMap<string, RawValue>;
      /** Global options given (`--output`, `--region`…), by flag. */
      readonly globals: ReadonlyMap<string, string | true>;
      /** `--cli-input-json`'s value, if given. */
      readonly cliInputJson: string | null;
      /** Words that are not options (positional arguments such as `aws logs tail GROUP`). */
      readonly positionals: readonly string[];
    }
  | { readonly ok: false; readonly kind: 'usage'; readonly message: string }
  | { readonly ok: false; readonly kind: 'unknown'; readonly unknown: readonly string[] };

/** Global options that take a value, from `aws help`. */
export const GLOBAL_VALUE_OPTIONS = [
  '--region',
  '--output',
  '--profile',
  '--endpoint-url',
  '--query',
  '--color',
  '--ca-bundle',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--cli-binary-format',
] as const;
export const GLOBAL_FLAG_OPTIONS = [
  '--debug',
  '--no-verify-ssl',
  '--no-paginate',
  '--no-sign-request',
  '--no-cli-pager',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
] as const;

const CLI_INPUT_JSON = '--cli-input-json';

/**
 * A word argparse reads as an option: it starts with `-`, is not `-` alone, does not look like a
 * negative number, and has no space (argparse's `_parse_optional`).
 */
export function isOptionLike(word: string): boolean {
  if (!word.startsWith('-') || word === '-') return false;
  if (/^-\d+$|^-\d*\.\d+$/.test(word)) return false;
  return !word.includes(' ');
}

/** Every option string the operation accepts, booleans with their `--no-` twin. */
export function optionStrings(params: readonly ParamDef[]): string[] {
  return params.flatMap((param) =>
    param.kind === 'boolean' ? [param.flag, `--no-${param.flag.slice(2)}`] : [param.flag],
  );
}

interface Resolved {
  readonly option: string;
  readonly error?: string;
}

/** argparse's exact match, else a unique prefix, else ambiguity (an error) or nothing. */
function resolveOption(name: string, known: readonly string[]): Resolved | null {
  if (known.includes(name)) return { option: name };
  const matches = known.filter((option) => option.startsWith(name));
  if (matches.length === 1) return { option: matches[0] ?? name };
  if (matches.length > 1)
    return { option: name, error: `ambiguous option: ${name} could match ${matches.join(', ')}` };
  return null;
}

/** Parses the words after `aws SERVICE OPERATION`. */
export function parseArgs(
  args: readonly string[],
  params: readonly ParamDef[],
  options: { readonly positionals?: number } = {},
): ParsedArgs {
  const byOption = new Map<string, ParamDef>();
  for (const param of params) {
    byOption.set(param.flag, param);
    if (param.kind === 'boolean') byOption.set(`--no-${param.flag.slice(2)}`, param);
  }
  const known = [...byOption.keys(), CLI_INPUT_JSON, ...GLOBAL_VALUE_OPTIONS, ...GLOBAL_FLAG_OPTIONS];
  const values = new Map<string, RawValue>();
  const globals = new Map<string, string | true>();
  const positionals: string[] = [];
  const unknown: string[] = [];
  let cliInputJson: string | null = null;
  const wanted = options.positionals ?? 0;

  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!isOptionLike(arg) || !arg.startsWith('--') || arg === '--') {
      if (positionals.length < wanted && !isOptionLike(arg)) positionals.push(arg);
      else unknown.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    const resolved = resolveOption(name, known);
    if (resolved === null) {
      unknown.push(arg);
      continue;
    }
    if (resolved.error !== undefined) return { ok: false, kind: 'usage', message: resolved.error };
    const option = resolved.option;
    const takeOne = (): string | null => {
      if (inline !== undefined) return inline;
      const next = args[index + 1];
      if (next === undefined || isOptionLike(next)) return null;
      index += 1;
      return next;
    };
    const takeMany = (): string[] => {
      const words: string[] = inline === undefined ? [] : [inline];
      while (index + 1 < args.length && !isOptionLike(args[index + 1] ?? '')) words.push(args[++index] ?? '');
      return words;
    };
    const flagOnly = (): string | null =>
      inline === undefined ? null : `argument ${option}: ignored explicit argument '${inline}'`;

    if ((GLOBAL_FLAG_OPTIONS as readonly string[]).includes(option)) {
      const error = flagOnly();
      if (error !== null) return { ok: false, kind: 'usage', message: error };
      globals.set(option, true);
      continue;
    }
    if ((GLOBAL_VALUE_OPTIONS as readonly string[]).includes(option) || option === CLI_INPUT_JSON) {
      const value = takeOne();
      if (value === null)
        return { ok: false, kind: 'usage', message: `argument ${option}: expected one argument` };
      if (option === CLI_INPUT_JSON) cliInputJson = value;
      else globals.set(option, value);
      continue;
    }
    const param = byOption.get(option);
    if (param === undefined) continue;
    switch (param.kind) {
      case 'boolean': {
        const error = flagOnly();
        if (error !== null) return { ok: false, kind: 'usage', message: error };
        values.set(param.flag, option === param.flag);
        break;
      }
      case 'strings':
      case 'list': {
        const words = takeMany();
        if (words.length === 0)
          return { ok: false, kind: 'usage', message: `argument ${option}: expected at least one argument` };
        values.set(param.flag, words);
        break;
      }
      case 'string':
      case 'integer':
      case 'structure': {
        const value = takeOne();
        if (value === null)
          return { ok: false, kind: 'usage', message: `argument ${option}: expected one argument` };
        values.set(param.flag, value);
        break;
      }
      default: {
        const unreachable: never = param.kind;
        return unreachable;
      }
    }
  }
  // --cli-input-json makes every other argument optional (OverrideRequiredArgsArgument).
  if (cliInputJson === null) {
    const missing = params.filter((param) => param.required === true && !values.has(param.flag));
    if (missing.length > 0)
      return {
        ok: false,
        kind: 'usage',
        message: `the following arguments are required: ${missing.map((param) => param.flag).join(', ')}`,
      };
  }
  if (unknown.length > 0) return { ok: false, kind: 'unknown', unknown };
  // The CLI builds its call in the argument table's order, not the order typed.
  const ordered = new Map<string, RawValue>();
  for (const param of params) {
    const value = values.get(param.flag);
    if (value !== undefined) ordered.set(param.flag, value);
  }
  return { ok: true, values: ordered, globals, cliInputJson, positionals };
}
