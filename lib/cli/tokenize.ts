/**
 * A small shell-like tokenizer: whitespace splits words; single quotes keep text literally;
 * double quotes keep spaces and honour \" \\ \$ \`; a backslash outside quotes escapes the next
 * character; `#` at the start of a word begins a comment. Operators this console does not run (| ; & < >) are refused with a clear message
 * rather than silently passed on as words.
 */
export type Tokenized =
  { readonly ok: true; readonly tokens: string[] } | { readonly ok: false; readonly error: string };

const OPERATORS = new Set(['|', ';', '&', '<', '>']);

export interface TokenScan {
  readonly tokens: string[];
  /** Where each token starts in the line. */
  readonly starts: number[];
  /** The quote still open at the end of the line, if any. */
  readonly openQuote: '"' | "'" | null;
  readonly trailingBackslash: boolean;
  /** The first unquoted operator, if any. */
  readonly operator: string | null;
}

/** Scans without failing (the completion engine needs partial lines). */
export function scanTokens(line: string): TokenScan {
  const tokens: string[] = [];
  const starts: number[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  let operator: string | null = null;
  let trailingBackslash = false;
  const begin = (index: number): void => {
    if (!inWord) {
      inWord = true;
      word = '';
      starts.push(index);
    }
  };
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? '';
    const following = line[index + 1] ?? '';
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && '"\\$`'.includes(following) && following !== '') {
        word += following;
        index += 1;
      } else word += char;
    } else if (char === '\\') {
      begin(index);
      if (following === '') trailingBackslash = true;
      word += following;
      index += 1;
    } else if (char === "'" || char === '"') {
      begin(index);
      quote = char;
    } else if (char === '#' && !inWord) {
      break;
    } else if (/\s/.test(char)) {
      if (inWord) tokens.push(word);
      inWord = false;
    } else {
      if (OPERATORS.has(char) && operator === null) operator = char;
      begin(index);
      word += char;
    }
  }
  if (inWord) tokens.push(word);
  return { tokens, starts, openQuote: quote, trailingBackslash, operator };
}

/** Splits a console line into words, or explains (in bash's words where bash has them) why not. */
export function tokenize(line: string): Tokenized {
  const scan = scanTokens(line);
  if (scan.openQuote !== null) {
    return { ok: false, error: `bash: unexpected EOF while looking for matching \`${scan.openQuote}'` };
  }
  if (scan.trailingBackslash) {
    return {
      ok: false,
      error:
        'Dockyard: a line cannot end with a backslash here (there are no continuation lines); put it all on one line.',
    };
  }
  if (scan.operator !== null) {
    return {
      ok: false,
      error: `Dockyard: this console runs one command per line; pipes, redirections and command lists (${scan.operator}) are not supported.`,
    };
  }
  return { ok: true, tokens: scan.tokens };
}

/**
 * `A | B` split at its one unquoted pipe, or null when the line has none, several, or any other
 * operator (those stay refused by `tokenize`).
 */
export function splitPipe(line: string): readonly [string, string] | null {
  let quote: '"' | "'" | null = null;
  const pipes: number[] = [];
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quote !== null) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"') index += 1;
    } else if (char === '\\') index += 1;
    else if (char === "'" || char === '"') quote = char;
    else if (char === '|') pipes.push(index);
    else if (char !== undefined && OPERATORS.has(char)) return null;
  }
  const [at, ...more] = pipes;
  if (at === undefined || more.length > 0 || line[at + 1] === '|') return null;
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}
