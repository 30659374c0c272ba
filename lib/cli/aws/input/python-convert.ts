import { pythonRepr, pythonStrip, PYTHON_WHITESPACE } from './python-text';

/**
 * Python's `int()` and `float()` on a string, which the AWS CLI applies to shorthand values and
 * list items where the model wants numbers. They raise ValueError (or TypeError for a list or a
 * map) with these messages; the CLI decides whether to wrap them.
 */
export class PythonValueError extends Error {}

const WS = `[${[...PYTHON_WHITESPACE].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]*`;
const DIGITS = '\\d+(?:_\\d+)*';
const INT_LITERAL = new RegExp(`^${WS}[+-]?${DIGITS}${WS}$`, 'u');
const FLOAT_LITERAL = new RegExp(
  `^${WS}[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf(?:inity)?|nan)${WS}$`,
  'iu',
);

/** The Python type name of a value the shorthand parser or the word list produced. */
export type PythonArgument = string | readonly unknown[] | { readonly [key: string]: unknown };

const typeName = (value: PythonArgument): string =>
  typeof value === 'string' ? 'str' : Array.isArray(value) ? 'list' : 'dict';

export function pythonInt(value: PythonArgument): number {
  if (typeof value !== 'string') {
    throw new PythonValueError(
      `int() argument must be a string, a bytes-like object or a real number, not '${typeName(value)}'`,
    );
  }
  if (!INT_LITERAL.test(value)) {
    throw new PythonValueError(`invalid literal for int() with base 10: ${pythonRepr(value)}`);
  }
  // Python ints have no negative zero.
  return Number(pythonStrip(value).replaceAll('_', '')) + 0;
}

export function pythonFloat(value: PythonArgument): number {
  if (typeof value !== 'string') {
    throw new PythonValueError(
      `float() argument must be a string or a real number, not '${typeName(value)}'`,
    );
  }
  if (!FLOAT_LITERAL.test(value))
    throw new PythonValueError(`could not convert string to float: ${pythonRepr(value)}`);
  const text = pythonStrip(value).replaceAll('_', '').toLowerCase();
  if (text.endsWith('nan')) return Number.NaN;
  if (text.endsWith('inf') || text.endsWith('infinity')) {
    return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return Number(text);
}

/** `x.lower()` on something that is not a string. */
export function noLowerError(value: PythonArgument): PythonValueError {
  return new PythonValueError(`'${typeName(value)}' object has no attribute 'lower'`);
}
