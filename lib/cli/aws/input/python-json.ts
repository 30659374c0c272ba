import type { Json } from '../../../sim/core/types';
import { pythonIndex } from './python-text';

/**
 * `json.loads` as the AWS CLI v2 runs it (CPython 3.13+, the C scanner in Modules/_json.c), so a
 * broken file gets Python's own message: `Expecting ',' delimiter: line 3 column 5 (char 31)`.
 * JSON.parse words its errors differently and positions them in UTF-16 units; Python counts code
 * points. Like Python: duplicate keys keep the last value, `NaN`, `Infinity` and `-Infinity` are
 * accepted, and a leading byte-order mark is refused.
 */
export type PythonJsonResult =
  | { readonly ok: true; readonly value: Json }
  | {
      readonly ok: false;
      /** `str(exception)`: what the CLI prints after `Invalid JSON: `. */
      readonly message: string;
      /**
       * JSONDecodeError and the integer-size ValueError are ValueErrors, which the CLI reports as
       * invalid JSON; a RecursionError is not, and reaches the CLI's last-resort handler bare.
       */
      readonly exception: 'ValueError' | 'RecursionError';
    };

/**
 * Nesting depth at which Dockyard stops. CPython's own limit is higher (about 10,000 in 3.13) and
 * depends on the build; no learner's file comes near either.
 */
export const MAX_JSON_DEPTH = 1_000;

/** CPython's `sys.int_info.default_max_str_digits` (3.11+). */
const MAX_INT_DIGITS = 4_300;

class JsonFailure extends Error {
  constructor(
    message: string,
    readonly exception: 'ValueError' | 'RecursionError' = 'ValueError',
  ) {
    super(message);
  }
}

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function skipWhitespace(s: string, idx: number): number {
  let i = idx;
  while (isWhitespace(s[i])) i += 1;
  return i;
}

/** JSONDecodeError's text: `msg: line L column C (char N)`, counted in code points. */
function decodeError(s: string, msg: string, utf16Pos: number): JsonFailure {
  const pos = pythonIndex(s, utf16Pos);
  const before = s.slice(0, utf16Pos);
  const lineno = before.split('\n').length;
  const lastNewline = before.lastIndexOf('\n');
  const colno = lastNewline < 0 ? pos + 1 : pos - pythonIndex(s, lastNewline);
  return new JsonFailure(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
}

/** Python's scanner raises StopIteration(idx) where no value starts; json.loads reports it so. */
const expectingValue = (s: string, idx: number): JsonFailure => decodeError(s, 'Expecting value', idx);

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function hex4(s: string, from: number): number | null {
  const digits = s.slice(from, from + 4);
  return /^[0-9a-fA-F]{4}$/.test(digits) ? Number.parseInt(digits, 16) : null;
}

/** `scanstring_unicode`: `end` is the index after the opening quote. */
function scanString(s: string, end: number): [string, number] {
  const begin = end - 1;
  let out = '';
  let at = end;
  for (;;) {
    let next = at;
    while (next < s.length) {
      const c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f) throw decodeError(s, 'Invalid control character at', next);
      next += 1;
    }
    if (next >= s.length) throw decodeError(s, 'Unterminated string starting at', begin);
    out += s.slice(at, next);
    if (s[next] === '"') return [out, next + 1];
    next += 1;
    if (next === s.length) throw decodeError(s, 'Unterminated string starting at', begin);
    const escape = s[next] ?? '';
    if (escape !== 'u') {
      const decoded = ESCAPES[escape];
      if (decoded === undefined) throw decodeError(s, 'Invalid \\escape', next - 1);
      out += decoded;
      at = next + 1;
      continue;
    }
    next += 1;
    at = next + 4;
    if (at >= s.length) throw decodeError(s, 'Invalid \\uXXXX escape', next - 1);
    let code = hex4(s, next);
    if (code === null) throw decodeError(s, 'Invalid \\uXXXX escape', next - 1);
    // A high surrogate joins a following \uDC00-\uDFFF escape; any other escape is left for the
    // next pass and the high surrogate stays alone, as in Python.
    if (code >= 0xd800 && code <= 0xdbff && at + 6 < s.length && s[at] === '\\' && s[at + 1] === 'u') {
      const low = hex4(s, at + 2);
      if (low === null) throw decodeError(s, 'Invalid \\uXXXX escape', at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        at += 6;
      }
    }
    out += String.fromCodePoint(code);
  }
}

/** `_match_number_unicode`, including its backtracking over a dangling `.` or exponent. */
function scanNumber(s: string, start: number): [number, number] {
  const endIdx = s.length - 1;
  let idx = start;
  if (s[idx] === '-') {
    idx += 1;
    if (idx > endIdx) throw expectingValue(s, start);
  }
  const first = s[idx];
  if (first !== undefined && first >= '1' && first <= '9') {
    idx += 1;
    while (idx <= endIdx && isDigit(s[idx])) idx += 1;
  } else if (first === '0') {
    idx += 1;
  } else {
    throw expectingValue(s, start);
  }
  let isFloat = false;
  if (idx < endIdx && s[idx] === '.' && isDigit(s[idx + 1])) {
    isFloat = true;
    idx += 2;
    while (idx <= endIdx && isDigit(s[idx])) idx += 1;
  }
  if (idx < endIdx && (s[idx] === 'e' || s[idx] === 'E')) {
    const eStart = idx;
    idx += 1;
    if (idx < endIdx && (s[idx] === '-' || s[idx] === '+')) idx += 1;
    while (idx <= endIdx && isDigit(s[idx])) idx += 1;
    if (isDigit(s[idx - 1])) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx);
  if (!isFloat) {
    const digits = text.replace('-', '').length;
    if (digits > MAX_INT_DIGITS) {
      throw new JsonFailure(
        `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    // Python ints have no negative zero.
    return [Number(text) + 0, idx];
  }
  return [Number(text), idx];
}

function setMember(target: Record<string, Json>, key: string, value: Json): void {
  // A plain assignment to `__proto__` would change the prototype instead of adding a key.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function enterNested(kind: 'object' | 'array', depth: number): number {
  if (depth >= MAX_JSON_DEPTH) {
    throw new JsonFailure(
      `maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`,
      'RecursionError',
    );
  }
  return depth + 1;
}

/** `_parse_object_unicode`: `start` is the index after `{`. */
function scanObject(s: string, start: number, depth: number): [Json, number] {
  const result: Record<string, Json> = {};
  let idx = skipWhitespace(s, start);
  if (s[idx] === '}') return [result, idx + 1];
  for (;;) {
    if (s[idx] !== '"') throw decodeError(s, 'Expecting property name enclosed in double quotes', idx);
    const [key, afterKey] = scanString(s, idx + 1);
    idx = skipWhitespace(s, afterKey);
    if (s[idx] !== ':') throw decodeError(s, "Expecting ':' delimiter", idx);
    idx = skipWhitespace(s, idx + 1);
    const [value, afterValue] = scanValue(s, idx, depth);
    setMember(result, key, value);
    idx = skipWhitespace(s, afterValue);
    if (s[idx] === '}') return [result, idx + 1];
    if (s[idx] !== ',') throw decodeError(s, "Expecting ',' delimiter", idx);
    const comma = idx;
    idx = skipWhitespace(s, idx + 1);
    if (s[idx] === '}') throw decodeError(s, 'Illegal trailing comma before end of object', comma);
  }
}

/** `_parse_array_unicode`: `start` is the index after `[`. */
function scanArray(s: string, start: number, depth: number): [Json, number] {
  const result: Json[] = [];
  let idx = skipWhitespace(s, start);
  if (s[idx] === ']') return [result, idx + 1];
  for (;;) {
    const [value, afterValue] = scanValue(s, idx, depth);
    result.push(value);
    idx = skipWhitespace(s, afterValue);
    if (s[idx] === ']') return [result, idx + 1];
    if (s[idx] !== ',') throw decodeError(s, "Expecting ',' delimiter", idx);
    const comma = idx;
    idx = skipWhitespace(s, idx + 1);
    if (s[idx] === ']') throw decodeError(s, 'Illegal trailing comma before end of array', comma);
  }
}

const CONSTANTS: readonly (readonly [string, Json])[] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
];

/** `scan_once_unicode`: one value of any kind starting exactly at `idx`. */
function scanValue(s: string, idx: number, depth: number): [Json, number] {
  if (idx >= s.length) throw expectingValue(s, idx);
  const c = s[idx];
  if (c === '"') return scanString(s, idx + 1);
  if (c === '{') return scanObject(s, idx + 1, enterNested('object', depth));
  if (c === '[') return scanArray(s, idx + 1, enterNested('array', depth));
  for (const [word, value] of CONSTANTS) {
    if (s.startsWith(word, idx)) return [value, idx + word.length];
  }
  return scanNumber(s, idx);
}

/** Parses `text` exactly as Python's `json.loads(text)` would, with Python's error text. */
export function parsePythonJson(text: string): PythonJsonResult {
  try {
    if (text.startsWith('\ufeff'))
      throw decodeError(text, 'Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    const [value, end] = scanValue(text, skipWhitespace(text, 0), 0);
    const after = skipWhitespace(text, end);
    if (after !== text.length) throw decodeError(text, 'Extra data', after);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonFailure)
      return { ok: false, message: error.message, exception: error.exception };
    throw error;
  }
}
