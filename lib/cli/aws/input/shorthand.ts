import { NO_FILES, type CliContext } from '../../types';
import { paramError, readParamFile } from './paramfile';
import { pythonIndex, pythonRstrip, PYTHON_WHITESPACE } from './python-text';

/**
 * The AWS CLI v2 shorthand syntax (`key=value,key2=[a,b],key3={k=v}`), ported from aws-cli's
 * `awscli/shorthand.py` (`ShorthandParser`), with its error texts:
 *
 *     Error parsing parameter '--network-configuration': Expected: '=', received: 'EOF' for input:
 *     awsvpcConfiguration
 *                        ^
 *
 * and `key@=file://path`, which loads a file into one value (aws-cli PR #9012, CLI v2 2024).
 * Values are strings, lists and maps; turning `"5"` into a number is the model's job
 * (`visitShorthand`).
 */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export type ShorthandResult =
  | { readonly ok: true; readonly value: { [key: string]: ShorthandValue } }
  | { readonly ok: false; readonly error: string };

class ShorthandFailure extends Error {
  constructor(
    message: string,
    /** `syntax` errors are the parser's own; a file that will not load escapes the parameter's wrapper. */
    readonly kind: 'syntax' | 'duplicate' | 'paramfile',
  ) {
    super(message);
  }
}

// The value character classes of shorthand.py; `\s` there is Python's Unicode whitespace.
const WS = [...PYTHON_WHITESPACE].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const START_WORD = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_VALUE = new RegExp(
  `(?:\\\\,|[${START_WORD}])(?:\\\\,|[${WS}!#-&(-+\\--\\\\^-|~-\\uffff])*`,
  'uy',
);
const SECOND_VALUE = new RegExp(`(?:\\\\,|[${START_WORD}])(?:\\\\,|[${WS}!#-&(-+\\--<>-\\uffff])*`, 'uy');
const SINGLE_QUOTED = /'(?:\\\\|\\'|[^'])*'/uy;
const DOUBLE_QUOTED = /"(?:\\\\|\\"|[^"])*"/uy;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
/** `string.whitespace`: what the parser skips between tokens (ASCII only, unlike the regexes). */
const SKIPPED = ' \t\n\r\u000b\u000c';

interface Cursor {
  readonly text: string;
  index: number;
  /** Set by `@=`: values of this pair that start with file:// or fileb:// are read from the file. */
  resolveFiles: boolean;
  readonly context: CliContext;
}

/** `ShorthandParseError._error_location`: the input, and a caret under the offending character. */
function errorLocation(text: string, index: number): string {
  let consumed = text;
  let remaining = '';
  let spaces = pythonIndex(text, index);
  const before = text.slice(0, index);
  if (before.includes('\n'))
    spaces = pythonIndex(text, index) - pythonIndex(text, before.lastIndexOf('\n')) - 1;
  const nextNewline = text.indexOf('\n', index);
  if (nextNewline >= 0) {
    consumed = text.slice(0, nextNewline);
    remaining = text.slice(nextNewline);
  }
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

function syntaxError(cursor: Cursor, expected: string, actual: string): ShorthandFailure {
  return new ShorthandFailure(
    `Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(cursor.text, cursor.index)}`,
    'syntax',
  );
}

const atEof = (cursor: Cursor): boolean => cursor.index >= cursor.text.length;
const current = (cursor: Cursor): string | undefined => cursor.text[cursor.index];

function skipWhitespace(cursor: Cursor): void {
  while (!atEof(cursor) && SKIPPED.includes(current(cursor) ?? '')) cursor.index += 1;
}

function expect(cursor: Cursor, char: string, consumeWhitespace = false): void {
  if (consumeWhitespace) skipWhitespace(cursor);
  if (atEof(cursor)) throw syntaxError(cursor, char, 'EOF');
  const actual = String.fromCodePoint(cursor.text.codePointAt(cursor.index) ?? 0);
  if (actual !== char) throw syntaxError(cursor, char, actual);
  cursor.index += 1;
  if (consumeWhitespace) skipWhitespace(cursor);
}

function consume(cursor: Cursor, regex: RegExp): string | null {
  regex.lastIndex = cursor.index;
  const match = regex.exec(cursor.text);
  if (match === null) return null;
  cursor.index += match[0].length;
  return match[0];
}

function mustConsume(cursor: Cursor, regex: RegExp, name: string): string {
  const consumed = consume(cursor, regex);
  if (consumed === null) throw syntaxError(cursor, `<${name}>`, '<none>');
  return consumed;
}

function resolve(cursor: Cursor, value: string): string {
  if (!cursor.resolveFiles) return value;
  const loaded = readParamFile(value, cursor.context);
  if (loaded.kind === 'error') throw new ShorthandFailure(loaded.message, 'paramfile');
  return loaded.kind === 'loaded' ? loaded.text : value;
}

function quoted(cursor: Cursor, regex: RegExp, name: string, quote: string): string {
  const body = mustConsume(cursor, regex, name).slice(1, -1);
  return resolve(cursor, body.replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\'));
}

function firstValue(cursor: Cursor): string {
  // "singled quoted" is aws-cli's own name for the regex (typo included); it appears in errors.
  if (current(cursor) === "'") return quoted(cursor, SINGLE_QUOTED, 'singled quoted', "'");
  if (current(cursor) === '"') return quoted(cursor, DOUBLE_QUOTED, 'double quoted', '"');
  const consumed = consume(cursor, FIRST_VALUE);
  return consumed === null ? '' : resolve(cursor, pythonRstrip(consumed.replaceAll('\\,', ',')));
}

function secondValue(cursor: Cursor): string {
  if (current(cursor) === "'") return quoted(cursor, SINGLE_QUOTED, 'singled quoted', "'");
  if (current(cursor) === '"') return quoted(cursor, DOUBLE_QUOTED, 'double quoted', '"');
  return resolve(cursor, pythonRstrip(mustConsume(cursor, SECOND_VALUE, 'second').replaceAll('\\,', ',')));
}

/** `foo=bar` is a string; `foo=a,b` a list, unless what follows the comma is the next `key=`. */
function csvValue(cursor: Cursor): ShorthandValue {
  const first = firstValue(cursor);
  skipWhitespace(cursor);
  if (atEof(cursor) || current(cursor) !== ',') return first;
  expect(cursor, ',', true);
  const list: ShorthandValue[] = [first];
  for (;;) {
    try {
      const next = secondValue(cursor);
      skipWhitespace(cursor);
      if (atEof(cursor)) {
        list.push(next);
        break;
      }
      expect(cursor, ',', true);
      list.push(next);
    } catch (error) {
      if (!(error instanceof ShorthandFailure) || error.kind !== 'syntax' || atEof(cursor)) throw error;
      // `a=b,c=d`: back up to the comma so the caller reads `c=d` as the next pair.
      while (cursor.index >= 0 && cursor.text[cursor.index] !== ',') cursor.index -= 1;
      break;
    }
  }
  return list.length === 1 ? first : list;
}

function explicitValues(cursor: Cursor): ShorthandValue {
  if (current(cursor) === '[') return explicitList(cursor);
  if (current(cursor) === '{') return hashLiteral(cursor);
  return firstValue(cursor);
}

function explicitList(cursor: Cursor): ShorthandValue[] {
  expect(cursor, '[', true);
  const values: ShorthandValue[] = [];
  while (current(cursor) !== ']') {
    values.push(explicitValues(cursor));
    skipWhitespace(cursor);
    if (current(cursor) !== ']') {
      expect(cursor, ',');
      skipWhitespace(cursor);
    }
  }
  expect(cursor, ']');
  return values;
}

function assignment(cursor: Cursor): void {
  cursor.resolveFiles = false;
  try {
    expect(cursor, '@', true);
    cursor.resolveFiles = true;
  } catch (error) {
    if (!(error instanceof ShorthandFailure)) throw error;
  }
  expect(cursor, '=', true);
}

function setKey(target: { [key: string]: ShorthandValue }, key: string, value: ShorthandValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function hashLiteral(cursor: Cursor): { [key: string]: ShorthandValue } {
  expect(cursor, '{', true);
  const values: { [key: string]: ShorthandValue } = {};
  while (current(cursor) !== '}') {
    const key = readKey(cursor);
    assignment(cursor);
    const value = explicitValues(cursor);
    skipWhitespace(cursor);
    if (current(cursor) !== '}') {
      expect(cursor, ',');
      skipWhitespace(cursor);
    }
    setKey(values, key, value);
  }
  expect(cursor, '}');
  return values;
}

function readKey(cursor: Cursor): string {
  const start = cursor.index;
  while (!atEof(cursor) && KEY_CHARS.test(current(cursor) ?? '')) cursor.index += 1;
  return cursor.text.slice(start, cursor.index);
}

function keyValue(cursor: Cursor): [string, ShorthandValue] {
  const key = readKey(cursor);
  assignment(cursor);
  if (atEof(cursor)) return [key, ''];
  if (current(cursor) === '[') return [key, explicitList(cursor)];
  if (current(cursor) === '{') return [key, hashLiteral(cursor)];
  return [key, csvValue(cursor)];
}

function parameter(cursor: Cursor): { [key: string]: ShorthandValue } {
  const params: { [key: string]: ShorthandValue } = {};
  const [firstKey, firstValueParsed] = keyValue(cursor);
  setKey(params, firstKey, firstValueParsed);
  let lastIndex = cursor.index;
  while (cursor.index < cursor.text.length) {
    expect(cursor, ',', true);
    const [key, value] = keyValue(cursor);
    if (Object.hasOwn(params, key)) {
      // aws-cli's wording, "preceeding" included.
      throw new ShorthandFailure(
        `Second instance of key "${key}" encountered for input:\n${errorLocation(cursor.text, lastIndex + 1)}\nThis is often because there is a preceeding "," instead of a space.`,
        'duplicate',
      );
    }
    setKey(params, key, value);
    lastIndex = cursor.index;
  }
  return params;
}

/**
 * Parses one shorthand word the way `aws … --NAME word` does. Errors come back as the CLI prints
 * them: `Error parsing parameter '--NAME': …`, except a file named by `@=` that cannot be read,
 * which the CLI reports bare (`Unable to load paramfile file://x: [Errno 2] …`).
 */
export function parseShorthand(
  text: string,
  paramName: string,
  context: CliContext = NO_FILES,
): ShorthandResult {
  const cursor: Cursor = { text, index: 0, resolveFiles: false, context };
  try {
    return { ok: true, value: parameter(cursor) };
  } catch (error) {
    if (!(error instanceof ShorthandFailure)) throw error;
    return {
      ok: false,
      error: error.kind === 'paramfile' ? error.message : paramError(paramName, error.message),
    };
  }
}
