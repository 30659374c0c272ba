import type { BaseState, CommandBase } from '../sim/core/types';
import { scanTokens } from './tokenize';
import { builtInNames } from './run-console-line';
import type { ConsoleCli } from './types';

/**
 * Tab completion for the browser console: the whole lines the current line could become, each
 * ending with a space (the word is complete), sorted. Empty when nothing fits.
 */
export function completions<S extends BaseState, C extends CommandBase>(
  line: string,
  state: S,
  cli: ConsoleCli<S, C>,
): string[] {
  const scan = scanTokens(line);
  if (scan.openQuote !== null || scan.operator !== null) return [];
  const endsWord = line.length > 0 && !/\s$/.test(line);
  const words = scan.tokens;
  const current = endsWord ? (words[words.length - 1] ?? '') : '';
  const before = endsWord ? words.slice(0, -1) : words;
  const start = endsWord ? (scan.starts[scan.starts.length - 1] ?? line.length) : line.length;
  const [name, ...args] = before;
  const candidates =
    name === undefined
      ? [...cli.programs.map((program) => program.name), ...builtInNames()]
      : (cli.programs.find((program) => program.name === name)?.complete(args, state) ?? []);
  const prefix = line.slice(0, start);
  return [...new Set(candidates)]
    .filter((word) => word.startsWith(current) && word !== '')
    .sort()
    .map((word) => `${prefix}${word} `);
}
