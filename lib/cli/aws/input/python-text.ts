import type { Json } from '../../../sim/core/types';

/**
 * Small pieces of Python's string behaviour the AWS CLI's messages depend on: positions counted in
 * code points (JavaScript counts UTF-16 units), `repr()` of a string, `str.strip()`'s idea of
 * whitespace, and the `<class '…'>` names of JSON values.
 */

/** Characters `str.isspace()` accepts (also what `\s` matches in a Python `re` pattern). */
export const PYTHON_WHITESPACE =
  '\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

const isPythonSpace = (c: string): boolean => PYTHON_WHITESPACE.includes(c);

/** The index Python would give the UTF-16 position `utf16Index` of `text`. */
export function pythonIndex(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A surrogate pair is one code point; skip its second half.
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && i + 1 < utf16Index) i += 1;
    count += 1;
  }
  return count;
}

export function pythonRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonSpace(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

export function pythonLstrip(text: string): string {
  let start = 0;
  while (start < text.length && isPythonSpace(text[start] ?? '')) start += 1;
  return text.slice(start);
}

export const pythonStrip = (text: string): string => pythonLstrip(pythonRstrip(text));

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** Python's `repr()` of a string: `'x.json'`, or `"it's"` when only a single quote appears. */
export function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const char of text) {
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) out += escapeCodePoint(char.codePointAt(0) ?? 0);
    else out += char;
  }
  return `${quote}${out}${quote}`;
}

/**
 * `type(value)` as Python prints it, for a value decoded from JSON. `isFloat` says whether a number
 * was written as a float literal (`1.0`, `1e3`, `NaN`), which JavaScript cannot tell afterwards.
 */
export function pythonTypeName(value: Json, isFloat = false): string {
  if (value === null) return "<class 'NoneType'>";
  if (Array.isArray(value)) return "<class 'list'>";
  switch (typeof value) {
    case 'string':
      return "<class 'str'>";
    case 'boolean':
      return "<class 'bool'>";
    case 'number':
      return isFloat || !Number.isInteger(value) ? "<class 'float'>" : "<class 'int'>";
    default:
      return "<class 'dict'>";
  }
}
