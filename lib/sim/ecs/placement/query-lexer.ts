/**
 * Tokens of the cluster query language (§4.3; developer guide "Cluster query language").
 * Words are subjects, word operators, combinators or unquoted values: the parser decides which by
 * position, so `in` or `and` can still be a value where a value is expected.
 */
export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'quoted'; readonly text: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: SymbolText; readonly at: number };

export type SymbolText =
  '(' | ')' | '[' | ']' | ',' | '==' | '!=' | '>=' | '<=' | '>' | '<' | '=~' | '!~' | '!' | '&&' | '||';

export interface LexError {
  readonly message: string;
  readonly at: number;
}

/** Longest first, so `>=` wins over `>`. */
const SYMBOLS: readonly SymbolText[] = [
  '==',
  '!=',
  '>=',
  '<=',
  '=~',
  '!~',
  '&&',
  '||',
  '>',
  '<',
  '!',
  '(',
  ')',
  '[',
  ']',
  ',',
];

/** Characters that end an unquoted word (operators may touch their operands: `a==b&&c==d`). */
const WORD_END = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '(',
  ')',
  '[',
  ']',
  ',',
  "'",
  '"',
  '=',
  '!',
  '<',
  '>',
  '&',
  '|',
]);

function describeChar(char: string): string {
  return char === '=' || char === '&' || char === '|' || char === '~' ? `'${char}'` : JSON.stringify(char);
}

export function tokenize(source: string): { ok: true; tokens: Token[] } | { ok: false; error: LexError } {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at] ?? '';
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      at += 1;
      continue;
    }
    if (char === "'" || char === '"') {
      const close = source.indexOf(char, at + 1);
      if (close < 0) {
        return {
          ok: false,
          error: { message: `Unterminated quoted value starting at position ${at + 1}`, at },
        };
      }
      tokens.push({ kind: 'quoted', text: source.slice(at + 1, close), at });
      at = close + 1;
      continue;
    }
    const symbol = SYMBOLS.find((candidate) => source.startsWith(candidate, at));
    if (symbol !== undefined) {
      tokens.push({ kind: 'symbol', text: symbol, at });
      at += symbol.length;
      continue;
    }
    if (WORD_END.has(char) || char === '~') {
      return {
        ok: false,
        error: { message: `Unexpected character ${describeChar(char)} at position ${at + 1}`, at },
      };
    }
    let end = at;
    while (end < source.length && !WORD_END.has(source[end] ?? ' ')) end += 1;
    tokens.push({ kind: 'word', text: source.slice(at, end), at });
    at = end;
  }
  return { ok: true, tokens };
}
