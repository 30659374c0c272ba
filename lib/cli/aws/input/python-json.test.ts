import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parsePythonJson } from './python-json';

/** Expected texts were produced by CPython 3.13's json.loads (the AWS CLI v2 bundles 3.13/3.14). */
const PYTHON_MESSAGES: readonly (readonly [string, string])[] = [
  ['', 'Expecting value: line 1 column 1 (char 0)'],
  ['   ', 'Expecting value: line 1 column 4 (char 3)'],
  ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
  ["{'a':1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
  ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
  ['{"a":1 "b":2}', "Expecting ',' delimiter: line 1 column 8 (char 7)"],
  ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
  ['{"a":1,}', 'Illegal trailing comma before end of object: line 1 column 7 (char 6)'],
  ['[1,]', 'Illegal trailing comma before end of array: line 1 column 3 (char 2)'],
  ['[1,\n2,\n]', 'Illegal trailing comma before end of array: line 2 column 2 (char 5)'],
  ['{"a":1,,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
  ['[1,,]', 'Expecting value: line 1 column 4 (char 3)'],
  ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
  ['[1] x', 'Extra data: line 1 column 5 (char 4)'],
  ['{"a":1}}', 'Extra data: line 1 column 8 (char 7)'],
  ['true false', 'Extra data: line 1 column 6 (char 5)'],
  ['nul', 'Expecting value: line 1 column 1 (char 0)'],
  ['{"a": tru}', 'Expecting value: line 1 column 7 (char 6)'],
  ['[-]', 'Expecting value: line 1 column 2 (char 1)'],
  ['1.', 'Extra data: line 1 column 2 (char 1)'],
  ['01', 'Extra data: line 1 column 2 (char 1)'],
  ['"\\x"', 'Invalid \\escape: line 1 column 2 (char 1)'],
  ['"\\u12"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
  ['"\\ud83d\\uZZZZ"  ', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
  ['"a\tb"', 'Invalid control character at: line 1 column 3 (char 2)'],
  ['\ufeff{}', 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'],
];

describe('parsePythonJson', () => {
  it.each(PYTHON_MESSAGES)('reports %j with the message CPython’s json module gives', (text, message) => {
    expect(parsePythonJson(text)).toEqual({ ok: false, message, exception: 'ValueError' });
  });

  it('counts lines from 1 and columns from the last newline, as JSONDecodeError does', () => {
    const text = '{\n  "family": "web",\n  "cpu": "256"\n  "memory": "512"\n}';
    expect(parsePythonJson(text)).toMatchObject({
      message: "Expecting ',' delimiter: line 4 column 3 (char 38)",
    });
    const nested = '{\n    "containerDefinitions": [\n        {"name": "web",}\n    ]\n}';
    expect(parsePythonJson(nested)).toMatchObject({
      message: 'Illegal trailing comma before end of object: line 3 column 23 (char 54)',
    });
  });

  it('counts positions in code points, not UTF-16 units, like Python', () => {
    expect(parsePythonJson('{"😀":1,}')).toMatchObject({
      message: 'Illegal trailing comma before end of object: line 1 column 7 (char 6)',
    });
    expect(parsePythonJson('"😀" x')).toMatchObject({ message: 'Extra data: line 1 column 5 (char 4)' });
  });

  it('decodes values as Python does: escapes, surrogate pairs, numbers and the constants', () => {
    expect(parsePythonJson('[1, 2.5, -3e2, true, false, null, "a\\u00e9\\ud83d\\ude00\\n"]')).toEqual({
      ok: true,
      value: [1, 2.5, -300, true, false, null, 'aé😀\n'],
    });
    const constants = parsePythonJson('[NaN, Infinity, -Infinity]');
    expect(constants.ok && constants.value).toEqual([Number.NaN, Infinity, -Infinity]);
    // A lone high surrogate stays alone when the next escape is not a low surrogate.
    expect(parsePythonJson('"\\ud83d\\u0041"')).toEqual({ ok: true, value: '\ud83dA' });
  });

  it('keeps the last value of a repeated key, and treats __proto__ as an ordinary key', () => {
    const parsed = parsePythonJson('{"a": 1, "b": 2, "a": 3, "__proto__": {"x": 1}}');
    expect(parsed.ok && parsed.value).toEqual({ a: 3, b: 2, ['__proto__']: { x: 1 } });
    expect(parsed.ok && Object.keys(parsed.value ?? {})).toEqual(['a', 'b', '__proto__']);
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it('gives Python’s integer-size ValueError for an integer of more than 4,300 digits', () => {
    expect(parsePythonJson('1'.repeat(4301))).toEqual({
      ok: false,
      exception: 'ValueError',
      message:
        'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit',
    });
  });

  it('stops deep nesting with a RecursionError instead of overflowing the stack', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(parsePythonJson(deep)).toEqual({
      ok: false,
      exception: 'RecursionError',
      message: 'maximum recursion depth exceeded while decoding a JSON array from a unicode string',
    });
    const fine = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parsePythonJson(fine).ok).toBe(true);
  });
});
