import type { BaseState, CommandBase } from '../sim/core/types';
import { advance, dispatchWithResult, type Session } from '../sim/core/session';
import { splitPipe, tokenize } from './tokenize';
import { parseSleep } from './duration';
import { isLoop, parseLoop } from './loop';
import { NO_FILES, type CliContext, type ConsoleCli, type Printed } from './types';
import { closestWord, didYouMean, withHint } from './suggest';

/**
 * The one function the browser console and the headless runner both call, so they print exactly
 * the same thing. A line never throws, and a line the tools would reject never changes the state.
 */
export interface ConsoleLineResult<S extends BaseState, C extends CommandBase> extends Printed {
  readonly session: Session<S, C>;
}

const BUILT_INS = ['help', 'sleep', 'clear', 'for'] as const;

export function builtInNames(): readonly string[] {
  return BUILT_INS;
}

export function consoleHelp(cli: {
  readonly title: string;
  readonly programs: readonly { readonly help: readonly string[] }[];
}): string {
  return [
    `${cli.title}: the commands this console understands`,
    '',
    ...cli.programs.flatMap((program) => program.help.map((line) => `  ${line}`)),
    '  sleep N[s|m|h|d]                 let N seconds (or minutes, hours, days) of simulated time pass',
    '  for i in {1..N}; do COMMAND; done   run one command several times (at most 200)',
    '  help                             this list',
    '  clear                            clear the console',
  ].join('\n');
}

export function runConsoleLine<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  line: string,
  cli: ConsoleCli<S, C>,
  context: CliContext = NO_FILES,
): ConsoleLineResult<S, C> {
  try {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return { session, output: '', isError: false };
    if (isLoop(trimmed)) return runLoop(session, trimmed, cli, context);
    return runSimple(session, trimmed, cli, context);
  } catch (error) {
    // A console must survive its own bugs: report and keep the state as it was.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      session,
      output: `Dockyard: internal error while running this line (${detail}). Nothing was changed.`,
      isError: true,
    };
  }
}

function runLoop<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  line: string,
  cli: ConsoleCli<S, C>,
  context: CliContext,
): ConsoleLineResult<S, C> {
  const loop = parseLoop(line);
  if (!loop.ok) return { session, output: loop.error, isError: true };
  let current = session;
  const outputs: string[] = [];
  const hints = new Set<string>();
  let isError = false;
  for (const body of loop.lines) {
    const result = runSimple(current, body, cli, context);
    current = result.session;
    // The tools repeat their error on every pass, as bash would; our hint says it once.
    const lines = result.output.split('\n').filter((text) => {
      if (!text.startsWith('Dockyard: ')) return true;
      if (hints.has(text)) return false;
      hints.add(text);
      return true;
    });
    if (result.output !== '' && lines.length > 0) outputs.push(lines.join('\n'));
    isError ||= result.isError;
  }
  return { session: current, output: outputs.join('\n'), isError };
}

/** bash's answer, then ours: the program the learner probably meant, and where the list is. */
function commandNotFound(
  name: string,
  cli: { readonly programs: readonly { readonly name: string }[] },
): string {
  // `for` is syntax, not a program: `foo` is not a typo of it.
  const known = [...cli.programs.map((program) => program.name), 'help', 'sleep', 'clear'];
  const suggestion = closestWord(name, known);
  return withHint(
    `bash: ${name}: command not found`,
    suggestion === null
      ? `${name} is not part of this simulator. Type help for what this console understands.`
      : didYouMean(suggestion, 'Type help for what this console understands.'),
  );
}

/** `A | B` where the console allows it: B reads what A printed. A must only print. */
function runPipe<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  [left, right]: readonly [string, string],
  cli: ConsoleCli<S, C>,
  context: CliContext,
): ConsoleLineResult<S, C> {
  if (left === '' || right === '') return { session, output: "bash: syntax error near unexpected token `|'", isError: true };
  const tokens = tokenize(left);
  const program = tokens.ok ? cli.programs.find((candidate) => candidate.name === tokens.tokens[0]) : undefined;
  if (!tokens.ok || program === undefined) return runSimple(session, left, cli, context);
  const result = program.run(tokens.tokens.slice(1), session.state, context);
  if (result.kind === 'dispatch')
    return { session, output: 'Dockyard: only a command that prints (such as aws ecr get-login-password) can feed a pipe here.', isError: true };
  if (result.isError) return { session, output: result.output, isError: true };
  return runSimple(session, right, cli, { ...context, stdin: result.output });
}

function runSimple<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  line: string,
  cli: ConsoleCli<S, C>,
  context: CliContext,
): ConsoleLineResult<S, C> {
  const pipe = cli.pipes === true && context.stdin === undefined ? splitPipe(line) : null;
  if (pipe !== null) return runPipe(session, pipe, cli, context);
  const tokenized = tokenize(line);
  if (!tokenized.ok) {
    const unclosed = /^bash: unexpected EOF while looking for matching `(.)'$/.exec(tokenized.error);
    const output = unclosed
      ? withHint(tokenized.error, `close the ${unclosed[1]} quote and run the line again.`)
      : tokenized.error;
    return { session, output, isError: true };
  }
  const [name, ...args] = tokenized.tokens;
  if (name === undefined) return { session, output: '', isError: false };
  switch (name) {
    case 'help':
      return { session, output: consoleHelp(cli), isError: false };
    case 'clear':
      // The browser console clears itself; a script has nothing to clear.
      return { session, output: '', isError: false };
    case 'sleep': {
      const sleep = parseSleep(args, cli.maxSleepMs);
      if (!sleep.ok) {
        const output = sleep.error.startsWith('sleep: ')
          ? withHint(sleep.error, 'give a number of seconds, or add m or h: sleep 30, sleep 2m.')
          : sleep.error;
        return { session, output, isError: true };
      }
      return { session: advance(session, sleep.ms), output: '', isError: false };
    }
    default:
      break;
  }
  const program = cli.programs.find((candidate) => candidate.name === name);
  if (program === undefined) return { session, output: commandNotFound(name, cli), isError: true };
  const result = program.run(args, session.state, context);
  if (result.kind === 'print') return { session, output: result.output, isError: result.isError };
  const dispatched = dispatchWithResult(session, result.command, line);
  const printed = result.render({
    before: session.state,
    after: dispatched.session.state,
    events: dispatched.events,
    ...(dispatched.error === undefined ? {} : { error: dispatched.error }),
    ...(dispatched.response === undefined ? {} : { response: dispatched.response }),
  });
  return { session: dispatched.session, ...printed };
}
