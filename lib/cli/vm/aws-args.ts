/**
 * Parameters as the AWS CLI reads them: `--name value`, `--name=value`, list parameters that take
 * every following word up to the next `--option`, and booleans like `--dry-run`.
 */
export interface ParamSpec {
  readonly single: readonly string[];
  readonly lists: readonly string[];
  readonly booleans: readonly string[];
  /** Parameters the real command has; accepted and ignored by the simulator. */
  readonly ignored: readonly string[];
}

export type ParsedParams =
  | { readonly ok: true; readonly values: Readonly<Record<string, string | string[] | true>> }
  | { readonly ok: false; readonly usageError?: string; readonly unknown?: string[] };

const GLOBAL_SINGLE = [
  '--region',
  '--output',
  '--profile',
  '--endpoint-url',
  '--query',
  '--color',
  '--cli-read-timeout',
];
const GLOBAL_BOOLEANS = [
  '--no-cli-pager',
  '--debug',
  '--no-verify-ssl',
  '--no-paginate',
  '--no-sign-request',
];

export function parseParams(args: readonly string[], spec: ParamSpec): ParsedParams {
  const values: Record<string, string | string[] | true> = {};
  const unknown: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    const takeWords = (): string[] => {
      const words: string[] = inline === undefined ? [] : [inline];
      while (index + 1 < args.length && !(args[index + 1] ?? '').startsWith('--'))
        words.push(args[++index] ?? '');
      return words;
    };
    if (spec.booleans.includes(name) || GLOBAL_BOOLEANS.includes(name)) {
      values[name] = true;
    } else if (spec.single.includes(name) || GLOBAL_SINGLE.includes(name)) {
      const words = takeWords();
      if (words.length === 0) return { ok: false, usageError: `argument ${name}: expected one argument` };
      if (words.length > 1) unknown.push(...words.slice(1));
      values[name] = words[0] ?? '';
    } else if (spec.lists.includes(name)) {
      const words = takeWords();
      if (words.length === 0)
        return { ok: false, usageError: `argument ${name}: expected at least one argument` };
      values[name] = words;
    } else if (spec.ignored.includes(name)) {
      takeWords();
    } else {
      unknown.push(arg);
    }
  }
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, values };
}
