/**
 * Headless runner: `npm run sim -- [--seed N] [--sim vm] [--preset ID] [--events] FILE`.
 *
 * Runs each line of FILE through runConsoleLine (the function the browser console calls) and
 * prints the same transcript the browser shows (format: lib/cli/transcript.ts):
 *   - every non-blank line as `$ <line>`, followed by its output, if any;
 *   - with --events, then every event that happened while that line ran, as `[mm:ss.mmm] message`.
 * Blank lines are skipped; `# comments` are echoed. A failing line is printed like any other and the
 * script goes on, as in bash without `set -e`; the exit code is 0 once the script has run, 2 for a
 * usage problem (unknown flag, missing or unreadable file, unknown simulator or preset, bad seed).
 * With --preset, the preset's setup lines run first and are printed as the browser's console shows
 * them when it opens at that preset (its seed unless --seed is given).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getSimulator, listSimulators } from '../lib/sim/registry';
import { resolvedLine } from '../lib/sim/simulator-entry';
import { advance, createSession } from '../lib/sim/core/session';
import { cliFiles } from '../lib/cli/aws/input/cli-files';
import { runConsoleLine } from '../lib/cli/run-console-line';
import { formatEventLine, formatTranscriptEntry } from '../lib/cli/transcript';
import { NO_FILES, type CliContext } from '../lib/cli/types';

export const USAGE =
  'usage: npm run sim -- [--seed N] [--sim ID] [--preset ID] [--events] FILE   (FILE may start with `# sim: ID`)';

export interface SimOptions {
  /** `--seed N`; when absent, the preset's seed, else 1. */
  readonly seed?: number;
  /** `--preset ID`: start where the browser opens that preset. */
  readonly preset?: string;
  /** `--sim ID`; when absent, the script's `# sim: ID` header line, else `vm`. */
  readonly sim?: string;
  readonly events: boolean;
  readonly file: string;
}

export type ParsedArgs =
  { readonly ok: true; readonly options: SimOptions } | { readonly ok: false; readonly error: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let seed: number | undefined;
  let preset: string | undefined;
  let sim: string | undefined;
  let events = false;
  let file: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: false, error: 'help' };
    if (arg === '--events') events = true;
    else if (arg === '--seed' || arg === '--sim' || arg === '--preset') {
      const value = argv[++index];
      if (value === undefined) return { ok: false, error: `${arg} needs a value` };
      if (arg === '--sim') sim = value;
      else if (arg === '--preset') preset = value;
      else if (/^-?\d+$/.test(value)) seed = Number(value);
      else return { ok: false, error: `--seed must be a whole number, got '${value}'` };
    } else if (arg.startsWith('-')) return { ok: false, error: `unknown flag ${arg}` };
    else if (file === undefined) file = arg;
    else return { ok: false, error: `only one FILE can be given (got '${file}' and '${arg}')` };
  }
  if (file === undefined) return { ok: false, error: 'missing FILE' };
  const common = {
    events,
    file,
    ...(seed === undefined ? {} : { seed }),
    ...(preset === undefined ? {} : { preset }),
  };
  if (sim === undefined) return { ok: true, options: common };
  if (getSimulator(sim) === undefined) {
    return {
      ok: false,
      error: `unknown simulator '${sim}' (known: ${listSimulators()
        .map((s) => s.engine.id)
        .join(', ')})`,
    };
  }
  return { ok: true, options: { ...common, sim } };
}

/** A script may name its simulator in a header comment: `# sim: ecs`. */
export function simFromHeader(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const match = /^#\s*sim:\s*([\w-]+)\s*$/.exec(trimmed);
    if (match !== null) return match[1];
    if (!trimmed.startsWith('#')) return undefined;
  }
  return undefined;
}

/** `file://PATH` in a script is read relative to the script's folder (absolute paths as given). */
export function filesBeside(scriptFile: string): CliContext {
  const base = dirname(resolve(scriptFile));
  return {
    readFile(path) {
      try {
        return { ok: true, text: readFileSync(resolve(base, path), 'utf8') };
      } catch {
        return { ok: false };
      }
    },
    listFiles: () => listFolder(base, ''),
  };
}

/** The files of a build context folder, two levels deep (`docker build .` beside a script). */
function listFolder(base: string, prefix: string): string[] {
  try {
    return readdirSync(resolve(base, prefix || '.'), { withFileTypes: true }).flatMap((entry) => {
      const path = `${prefix}${entry.name}`;
      if (entry.isFile()) return [path];
      return entry.isDirectory() && !prefix.includes('/') ? listFolder(base, `${path}/`) : [];
    });
  } catch {
    return [];
  }
}

/** Runs a script's text and returns the transcript (no trailing newline). */
export function runSimScript(
  text: string,
  options: Pick<SimOptions, 'seed' | 'events' | 'preset'> & {
    readonly sim: string;
    /** Scripted lines (a scenario's): fill in placeholders such as `{task:web}` first, as the site does. */
    readonly resolvePlaceholders?: boolean;
  },
  files: CliContext = NO_FILES,
): string {
  const sim = getSimulator(options.sim);
  if (sim === undefined) throw new Error(`unknown simulator ${options.sim}`);
  const preset = options.preset === undefined ? undefined : sim.presets.find((p) => p.id === options.preset);
  if (options.preset !== undefined && preset === undefined)
    throw new Error(`unknown preset ${options.preset} (known: ${sim.presets.map((p) => p.id).join(', ')})`);
  let session = createSession(sim.engine, options.seed ?? preset?.seed ?? 1);
  const out: string[] = [];
  const exampleFiles = cliFiles(sim.files ?? {});
  for (const written of preset?.setup ?? []) {
    const line = resolvedLine(sim, written, session.state);
    const result = runConsoleLine(session, line, sim.cli, exampleFiles);
    session = result.session;
    out.push(formatTranscriptEntry(line, result.output));
  }
  if (preset?.startAt !== undefined && preset.startAt > session.state.now)
    session = advance(session, preset.startAt - session.state.now);
  const scriptFiles: CliContext = {
    readFile: (path) => {
      const beside = files.readFile(path);
      return beside.ok ? beside : exampleFiles.readFile(path);
    },
    listFiles: () => [...new Set([...(files.listFiles?.() ?? []), ...(exampleFiles.listFiles?.() ?? [])])],
  };
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const line = options.resolvePlaceholders ? resolvedLine(sim, trimmed, session.state) : trimmed;
    const before = session.events.length;
    const result = runConsoleLine(session, line, sim.cli, scriptFiles);
    session = result.session;
    out.push(formatTranscriptEntry(line, result.output));
    if (options.events) for (const event of session.events.slice(before)) out.push(formatEventLine(event));
  }
  return out.join('\n');
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok && parsed.error === 'help') {
    process.stdout.write(
      `${USAGE}\nRuns FILE (one console line per line, # comments, sleep N) and prints the transcript.\n`,
    );
    return 0;
  }
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.options.file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `sim: cannot read ${parsed.options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  const sim = parsed.options.sim ?? simFromHeader(text) ?? 'vm';
  const entry = getSimulator(sim);
  if (entry === undefined) {
    process.stderr.write(`sim: ${parsed.options.file} names unknown simulator '${sim}'\n${USAGE}\n`);
    return 2;
  }
  const { preset } = parsed.options;
  if (preset !== undefined && !entry.presets.some((p) => p.id === preset)) {
    const known = entry.presets.map((p) => p.id).join(', ');
    process.stderr.write(`sim: unknown preset '${preset}' for ${sim} (known: ${known})\n${USAGE}\n`);
    return 2;
  }
  process.stdout.write(
    `${runSimScript(text, { ...parsed.options, sim }, filesBeside(parsed.options.file))}\n`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
