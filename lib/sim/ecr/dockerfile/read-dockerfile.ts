import { closestWord } from '../../../cli/suggest';

/**
 * Reads a Dockerfile the way BuildKit's parser does: one instruction per line (a trailing `\`
 * continues it), `#` comments, instruction names in any case, exec form (a JSON array) or shell
 * form. Errors are BuildKit's own texts, printed after `ERROR: failed to solve: ` by the client.
 * Single-stage Dockerfiles only: a second FROM is refused in words (see `multiStage`).
 */
export type Instruction =
  | { readonly kind: 'FROM'; readonly line: number; readonly image: string; readonly platform: string | null }
  | { readonly kind: 'RUN'; readonly line: number; readonly command: string }
  | { readonly kind: 'COPY'; readonly line: number; readonly sources: readonly string[]; readonly destination: string; readonly text: string }
  | { readonly kind: 'CMD' | 'ENTRYPOINT'; readonly line: number; readonly argv: readonly string[]; readonly text: string }
  | { readonly kind: 'EXPOSE'; readonly line: number; readonly ports: readonly number[] }
  | { readonly kind: 'ENV'; readonly line: number; readonly pairs: readonly (readonly [string, string])[] }
  | { readonly kind: 'WORKDIR' | 'USER'; readonly line: number; readonly value: string }
  | { readonly kind: 'LABEL' | 'ARG'; readonly line: number; readonly text: string };

export type ReadDockerfile =
  | { readonly ok: true; readonly instructions: readonly Instruction[] }
  | { readonly ok: false; readonly error: string };

const KNOWN = ['from', 'run', 'copy', 'add', 'cmd', 'entrypoint', 'expose', 'env', 'workdir', 'user', 'label', 'arg'];
/** Real instructions this simulator does not model: refused in Dockyard's words, not as unknown. */
const UNMODELLED = ['volume', 'healthcheck', 'onbuild', 'shell', 'stopsignal', 'maintainer'];

interface RawLine {
  readonly line: number;
  readonly keyword: string;
  readonly rest: string;
}

function logicalLines(text: string): RawLine[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: RawLine[] = [];
  let buffer = '';
  let startLine = 0;
  physical.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (buffer === '' && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (buffer !== '' && trimmed.startsWith('#')) return;
    if (buffer === '') startLine = index + 1;
    const continued = trimmed.endsWith('\\');
    buffer += (buffer === '' ? '' : ' ') + (continued ? trimmed.slice(0, -1).trim() : trimmed);
    if (continued) return;
    const match = /^(\S+)\s*(.*)$/.exec(buffer);
    if (match !== null) lines.push({ line: startLine, keyword: match[1] ?? '', rest: (match[2] ?? '').trim() });
    buffer = '';
  });
  if (buffer !== '') {
    const match = /^(\S+)\s*(.*)$/.exec(buffer);
    if (match !== null) lines.push({ line: startLine, keyword: match[1] ?? '', rest: (match[2] ?? '').trim() });
  }
  return lines;
}

const parseError = (line: number, message: string) => ({ ok: false as const, error: `dockerfile parse error on line ${line}: ${message}` });

/** JSON exec form (`["nginx", "-g", "daemon off;"]`) or shell form wrapped in `/bin/sh -c`. */
function argvOf(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Not valid JSON: Docker then treats the text as shell form, and so do we.
    }
  }
  return ['/bin/sh', '-c', rest];
}

function words(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Shell form below.
    }
  }
  return rest.split(/\s+/).filter((word) => word !== '');
}

function envPairs(rest: string): (readonly [string, string])[] | null {
  if (!rest.includes('=')) {
    const [key, ...value] = rest.split(/\s+/);
    return key === undefined || value.length === 0 ? null : [[key, value.join(' ')]];
  }
  const pairs: (readonly [string, string])[] = [];
  for (const match of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
    pairs.push([match[1] ?? '', (match[2] ?? '').replace(/^["']|["']$/g, '')]);
  }
  return pairs.length === 0 ? null : pairs;
}

function readOne(raw: RawLine): Instruction | { ok: false; error: string } {
  const keyword = raw.keyword.toLowerCase();
  const { line, rest } = raw;
  const args = words(rest);
  switch (keyword) {
    case 'from': {
      const platform = args[0]?.startsWith('--platform=') ? args[0].slice('--platform='.length) : null;
      const rest2 = platform === null ? args : args.slice(1);
      if (rest2.length !== 1 && !(rest2.length === 3 && rest2[1]?.toLowerCase() === 'as'))
        return parseError(line, 'FROM requires either one or three arguments');
      return { kind: 'FROM', line, image: rest2[0] ?? '', platform };
    }
    case 'run':
      return args.length === 0 ? parseError(line, 'RUN requires at least one argument') : { kind: 'RUN', line, command: rest };
    case 'copy':
    case 'add': {
      const paths = args.filter((word) => !word.startsWith('--'));
      if (paths.length < 2) return parseError(line, `${keyword.toUpperCase()} requires at least two arguments, but only one was provided. Destination could not be determined`);
      return { kind: 'COPY', line, sources: paths.slice(0, -1), destination: paths[paths.length - 1] ?? '', text: `${keyword.toUpperCase()} ${rest}` };
    }
    case 'cmd':
    case 'entrypoint':
      return { kind: keyword === 'cmd' ? 'CMD' : 'ENTRYPOINT', line, argv: rest === '' ? [] : argvOf(rest), text: `${keyword.toUpperCase()} ${rest}` };
    case 'expose': {
      if (args.length === 0) return parseError(line, 'EXPOSE requires at least one argument');
      const ports: number[] = [];
      for (const arg of args) {
        const port = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(arg);
        const value = Number(port?.[1]);
        if (port === null || value < 1 || value > 65535) return { ok: false, error: `invalid containerPort: ${arg.split('/')[0]}` };
        ports.push(value);
      }
      return { kind: 'EXPOSE', line, ports };
    }
    case 'env': {
      const pairs = envPairs(rest);
      return pairs === null ? parseError(line, 'ENV must have two arguments') : { kind: 'ENV', line, pairs };
    }
    case 'workdir':
    case 'user':
      return args.length !== 1
        ? parseError(line, `${keyword.toUpperCase()} requires exactly one argument`)
        : { kind: keyword === 'workdir' ? 'WORKDIR' : 'USER', line, value: args[0] ?? '' };
    case 'label':
    case 'arg':
      return args.length === 0
        ? parseError(line, `${keyword.toUpperCase()} requires at least one argument`)
        : { kind: keyword === 'label' ? 'LABEL' : 'ARG', line, text: `${keyword.toUpperCase()} ${rest}` };
    default: {
      if (UNMODELLED.includes(keyword))
        return { ok: false, error: `Dockyard: ${keyword.toUpperCase()} (line ${line}) is a real instruction this simulator does not model; it builds FROM, RUN, COPY, ADD, CMD, ENTRYPOINT, EXPOSE, ENV, WORKDIR, USER, LABEL and ARG.` };
      const suggestion = closestWord(keyword, KNOWN);
      return parseError(line, `unknown instruction: ${raw.keyword}${suggestion === null ? '' : ` (did you mean ${suggestion}?)`}`);
    }
  }
}

export function readDockerfile(text: string): ReadDockerfile {
  const raws = logicalLines(text);
  if (raws.length === 0) return { ok: false, error: 'file with no instructions' };
  const instructions: Instruction[] = [];
  for (const raw of raws) {
    const read = readOne(raw);
    if ('ok' in read) return read;
    instructions.push(read);
  }
  const first = instructions.find((instruction) => instruction.kind !== 'ARG');
  if (first?.kind !== 'FROM') return { ok: false, error: 'no build stage in current context' };
  const froms = instructions.filter((instruction) => instruction.kind === 'FROM');
  if (froms.length > 1)
    return { ok: false, error: `Dockyard: this simulator builds single-stage Dockerfiles; line ${froms[1]?.line} starts a second stage. Multi-stage builds are real Docker, just not modelled here.` };
  return { ok: true, instructions };
}
