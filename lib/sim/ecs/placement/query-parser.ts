import {
  OPERATORS_FOR,
  ordinalOf,
  SUBJECT_NAMES,
  subjectText,
  type Operator,
  type Ordinal,
  type ParsedQuery,
  type QueryError,
  type QueryNode,
  type Subject,
} from './query-ast';
import { tokenize, type Token } from './query-lexer';

/**
 * Parses the cluster query language of §4.3 (developer guide "Cluster query language"):
 * `subject operator [argument]`, combined with `and`/`&&`, `or`/`||`, `not`/`!` and parentheses.
 * Precedence: not, then and, then or. Word operators and combinators are case-insensitive.
 * Never throws: a bad expression gives one specific error naming what was expected and where.
 */

const WORD_OPERATORS: Readonly<Record<string, Operator>> = {
  equals: '==',
  not_equals: '!=',
  greater_than: '>',
  greater_than_equal: '>=',
  less_than: '<',
  less_than_equal: '<=',
  exists: 'exists',
  not_exists: '!exists',
  in: 'in',
  not_in: '!in',
  matches: '=~',
  not_matches: '!~',
};

const SYMBOL_OPERATORS = new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~']);

/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 100;

class Failure {
  constructor(readonly error: QueryError) {}
}

function fail(message: string, at: number): never {
  throw new Failure({ message, at });
}

function position(at: number): string {
  return `position ${at + 1}`;
}

function shown(token: Token): string {
  return `'${token.text}'`;
}

const isWord = (token: Token | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.text.toLowerCase());
const isSymbol = (token: Token | undefined, ...symbols: string[]): boolean =>
  token?.kind === 'symbol' && symbols.includes(token.text);

function parseSubject(token: Token | undefined, end: number): Subject {
  if (token === undefined)
    fail(`Expected a subject at ${position(end)}, found the end of the expression`, end);
  if (token.kind !== 'word')
    fail(`Expected a subject at ${position(token.at)}, found ${shown(token)}`, token.at);
  const text = token.text;
  if (text.startsWith('attribute:')) {
    const name = text.slice('attribute:'.length);
    if (name === '') fail(`Expected an attribute name after 'attribute:' at ${position(token.at)}`, token.at);
    if (name.length > 128)
      fail(`Attribute names have at most 128 characters (${position(token.at)})`, token.at);
    return { kind: 'attribute', name };
  }
  const known: Readonly<Record<string, Subject>> = {
    agentConnected: { kind: 'agentConnected' },
    agentVersion: { kind: 'agentVersion' },
    ec2InstanceId: { kind: 'ec2InstanceId' },
    registeredAt: { kind: 'registeredAt' },
    runningTasksCount: { kind: 'runningTasksCount' },
    'task:group': { kind: 'taskGroup' },
  };
  const subject = known[text];
  if (subject !== undefined) return subject;
  const near = SUBJECT_NAMES.find((name) => name.toLowerCase() === text.toLowerCase());
  const hint = near === undefined ? `Valid subjects: ${SUBJECT_NAMES.join(', ')}` : `Did you mean '${near}'?`;
  return fail(`Unknown subject '${text}' at ${position(token.at)}. ${hint}`, token.at);
}

export function parseQuery(source: string): ParsedQuery {
  const lexed = tokenize(source);
  if (!lexed.ok) return { ok: false, error: lexed.error };
  const tokens = lexed.tokens;
  const end = source.length;
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const next = (): Token | undefined => tokens[index++];

  function parseOperator(subject: Subject): Operator {
    const token = next();
    const after = subjectText(subject);
    if (token === undefined) fail(`Expected an operator after '${after}' at ${position(end)}`, end);
    let op: Operator | undefined;
    if (token.kind === 'symbol' && SYMBOL_OPERATORS.has(token.text)) op = token.text as Operator;
    else if (token.kind === 'symbol' && token.text === '!' && isWord(peek(), 'exists', 'in')) {
      op = `!${(next() as Token).text.toLowerCase()}` as Operator;
    } else if (token.kind === 'word') op = WORD_OPERATORS[token.text.toLowerCase()];
    if (op === undefined) {
      fail(`Expected an operator after '${after}' at ${position(token.at)}, found ${shown(token)}`, token.at);
    }
    if (!OPERATORS_FOR[subject.kind].includes(op)) {
      const valid = OPERATORS_FOR[subject.kind].join(', ');
      fail(
        `Operator '${op}' is not valid for ${after} (${position(token.at)}). Valid operators: ${valid}`,
        token.at,
      );
    }
    return op;
  }

  function parseValue(after: string): string {
    const token = next();
    if (token === undefined) fail(`Expected a value after '${after}' at ${position(end)}`, end);
    if (token.kind === 'symbol') {
      const hint = ' (quote values that contain brackets, parentheses, commas or operators)';
      fail(
        `Expected a value after '${after}' at ${position(token.at)}, found '${token.text}'${hint}`,
        token.at,
      );
    }
    return token.text;
  }

  function parseList(op: Operator, opAt: number): string[] {
    const open = next();
    if (!isSymbol(open, '[')) {
      fail(`'${op}' expects a list such as [a, b] at ${position(open?.at ?? end)}`, open?.at ?? opAt);
    }
    const values: string[] = [];
    for (;;) {
      if (isSymbol(peek(), ']') && values.length === 0)
        fail(`The list after '${op}' is empty (${position(peek()?.at ?? end)})`, peek()?.at ?? end);
      values.push(parseValue(values.length === 0 ? '[' : ','));
      const token = next();
      if (isSymbol(token, ']')) return values;
      if (!isSymbol(token, ',')) {
        const found = token === undefined ? 'the end of the expression' : shown(token);
        fail(
          `Expected ',' or ']' in the list at ${position(token?.at ?? end)}, found ${found}`,
          token?.at ?? end,
        );
      }
    }
  }

  function parseComparison(): QueryNode {
    const subjectToken = peek();
    const subject = parseSubject(next(), end);
    const opAt = peek()?.at ?? end;
    const op = parseOperator(subject);
    const args =
      op === 'exists' || op === '!exists'
        ? []
        : op === 'in' || op === '!in'
          ? parseList(op, opAt)
          : [parseValue(op)];
    const node = { kind: 'compare' as const, subject, op, args, at: (subjectToken as Token).at };
    if (op === '=~' || op === '!~') {
      try {
        return { ...node, regex: new RegExp(`^(?:${args[0] ?? ''})$`) };
      } catch {
        return fail(`'${args[0] ?? ''}' is not a valid regular expression (${position(opAt)})`, opAt);
      }
    }
    if (
      subject.kind === 'agentVersion' ||
      subject.kind === 'registeredAt' ||
      subject.kind === 'runningTasksCount'
    ) {
      const expected = {
        agentVersion: 'a version such as 1.14.5',
        registeredAt: 'a date such as 2018-02-13 or 2018-06-18T22:28:28Z',
        runningTasksCount: 'a whole number',
      }[subject.kind];
      const ordinals: Ordinal[] = args.map((arg) => {
        const ordinal = ordinalOf(subject.kind, arg);
        return (
          ordinal ??
          fail(`${subjectText(subject)} expects ${expected}, found '${arg}' (${position(opAt)})`, opAt)
        );
      });
      return { ...node, ordinals };
    }
    return node;
  }

  function parseUnary(depth: number): QueryNode {
    if (depth > MAX_DEPTH)
      fail(
        `Expressions nest at most ${MAX_DEPTH} levels deep (${position(peek()?.at ?? end)})`,
        peek()?.at ?? end,
      );
    const token = peek();
    if (isSymbol(token, '!') || isWord(token, 'not')) {
      next();
      return { kind: 'not', operand: parseUnary(depth + 1) };
    }
    if (isSymbol(token, '(')) {
      next();
      const inner = parseOr(depth + 1);
      const close = next();
      if (!isSymbol(close, ')')) {
        const found = close === undefined ? 'the end of the expression' : shown(close);
        fail(
          `Expected ')' to close the '(' at ${position((token as Token).at)}, found ${found}`,
          close?.at ?? end,
        );
      }
      return inner;
    }
    return parseComparison();
  }

  function parseAnd(depth: number): QueryNode {
    let left = parseUnary(depth);
    while (isWord(peek(), 'and') || isSymbol(peek(), '&&')) {
      next();
      left = { kind: 'and', left, right: parseUnary(depth) };
    }
    return left;
  }

  function parseOr(depth: number): QueryNode {
    let left = parseAnd(depth);
    while (isWord(peek(), 'or') || isSymbol(peek(), '||')) {
      next();
      left = { kind: 'or', left, right: parseAnd(depth) };
    }
    return left;
  }

  try {
    if (tokens.length === 0) fail('The expression is empty', 0);
    const query = parseOr(0);
    const rest = peek();
    if (rest !== undefined) {
      fail(
        `Expected 'and', 'or' or the end of the expression at ${position(rest.at)}, found ${shown(rest)}`,
        rest.at,
      );
    }
    return { ok: true, query };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.error };
    throw caught;
  }
}
