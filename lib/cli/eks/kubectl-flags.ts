/**
 * kubectl's flags, parsed as cobra/pflag parses them: `--name=value`, `--name value`, `-n value`,
 * `-nvalue`, and booleans. Unknown flags are refused in kubectl's words.
 */

export interface KubectlFlags {
  namespace: string | null;
  allNamespaces: boolean;
  output: string | null;
  filename: string | null;
  selector: string | null;
  replicas: string | null;
  image: string | null;
  toRevision: string | null;
  ignoreDaemonSets: boolean;
  force: boolean;
  deleteEmptyDirData: boolean;
  watch: boolean;
  previous: boolean;
  port: string | null;
  targetPort: string | null;
  type: string | null;
  name: string | null;
  cpuPercent: string | null;
  min: string | null;
  max: string | null;
}

const VALUE_FLAGS: Readonly<Record<string, keyof KubectlFlags>> = {
  namespace: 'namespace',
  n: 'namespace',
  output: 'output',
  o: 'output',
  filename: 'filename',
  f: 'filename',
  selector: 'selector',
  l: 'selector',
  replicas: 'replicas',
  image: 'image',
  'to-revision': 'toRevision',
  port: 'port',
  'target-port': 'targetPort',
  type: 'type',
  name: 'name',
  'cpu-percent': 'cpuPercent',
  min: 'min',
  max: 'max',
};

const BOOLEAN_FLAGS: Readonly<Record<string, keyof KubectlFlags>> = {
  'all-namespaces': 'allNamespaces',
  A: 'allNamespaces',
  'ignore-daemonsets': 'ignoreDaemonSets',
  force: 'force',
  'delete-emptydir-data': 'deleteEmptyDirData',
  watch: 'watch',
  w: 'watch',
  previous: 'previous',
  p: 'previous',
};

export type ParsedFlags =
  | { readonly ok: true; readonly flags: KubectlFlags; readonly words: readonly string[] }
  | { readonly ok: false; readonly error: string };

export function parseKubectlFlags(args: readonly string[], command: string): ParsedFlags {
  const flags: KubectlFlags = {
    namespace: null,
    allNamespaces: false,
    output: null,
    filename: null,
    selector: null,
    replicas: null,
    image: null,
    toRevision: null,
    ignoreDaemonSets: false,
    force: false,
    deleteEmptyDirData: false,
    watch: false,
    previous: false,
    port: null,
    targetPort: null,
    type: null,
    name: null,
    cpuPercent: null,
    min: null,
    max: null,
  };
  const words: string[] = [];
  const usage = `\nSee 'kubectl ${command} --help' for usage.`;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const body = arg.slice(long ? 2 : 1);
    const equals = body.indexOf('=');
    const name = long ? (equals >= 0 ? body.slice(0, equals) : body) : body.slice(0, 1);
    const inline = long
      ? equals >= 0
        ? body.slice(equals + 1)
        : null
      : body.length > 1
        ? body.slice(1).replace(/^=/, '')
        : null;
    const valueKey = VALUE_FLAGS[name];
    const booleanKey = BOOLEAN_FLAGS[name];
    if (valueKey !== undefined) {
      const value = inline ?? args[index + 1];
      if (inline === null) index += 1;
      if (value === undefined)
        return {
          ok: false,
          error: `error: flag needs an argument: ${long ? `--${name}` : `'${name}' in -${name}`}${usage}`,
        };
      (flags[valueKey] as string | null) = value;
    } else if (booleanKey !== undefined) {
      if (!long && inline !== null)
        return { ok: false, error: `error: unknown shorthand flag: '${body[1]}' in ${arg}${usage}` };
      (flags[booleanKey] as boolean) = inline === null ? true : inline !== 'false';
    } else {
      return {
        ok: false,
        error: long
          ? `error: unknown flag: --${name}${usage}`
          : `error: unknown shorthand flag: '${name}' in ${arg}${usage}`,
      };
    }
  }
  return { ok: true, flags, words };
}
