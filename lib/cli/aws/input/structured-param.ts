import type { Json } from '../../../sim/core/types';
import { NO_FILES, type CliContext } from '../../types';
import { shapeOfKind, supportsShorthand, type InputShape, type ParamKind } from './input-shape';
import { loadParamFile, paramError } from './paramfile';
import { pythonFloat, pythonInt, PythonValueError } from './python-convert';
import { parsePythonJson } from './python-json';
import { pythonLstrip, pythonStrip } from './python-text';
import { parseShorthand, type ShorthandValue } from './shorthand';
import { visitShorthand } from './shorthand-visitor';

/**
 * What AWS CLI v2 does with the words after a structure, map or list option (aws-cli
 * `awscli/argprocess.py` and `awscli/paramfile.py`), in its order:
 * 1. a single word starting `file://`/`fileb://` is replaced by the file's text;
 * 2. a value that does not start with `{` or `[` is shorthand (each word one item of a list);
 * 3. otherwise JSON, read by Python's `json` module, with the CLI's
 *    `Error parsing parameter '--NAME': Invalid JSON: <Python's message>` then
 *    `JSON received: <the value>`.
 * Some failures are not wrapped by the CLI and print bare (Python's own message): a file named by
 * shorthand `@=` that cannot be read, `int()` on a non-number, nesting past the recursion limit.
 */
export type StructuredParamResult =
  { readonly ok: true; readonly value: Json } | { readonly ok: false; readonly error: string };

/** Ends the CLI's processing of this parameter with the text it prints. */
class ParamFailure extends Error {}

function unpackJson(text: string, paramName: string): Json {
  const parsed = parsePythonJson(text);
  if (parsed.ok) return parsed.value;
  if (parsed.exception === 'RecursionError') throw new ParamFailure(parsed.message);
  throw new ParamFailure(paramError(paramName, `Invalid JSON: ${parsed.message}\nJSON received: ${text}`));
}

/** `value.lstrip()[0]`, with Python's IndexError for a blank value. */
function firstChar(value: string): string {
  const first = pythonLstrip(value)[0];
  if (first === undefined) throw new ParamFailure('string index out of range');
  return first;
}

function unpackScalar(shape: InputShape, value: string): Json {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return pythonInt(value);
    case 'float':
    case 'double':
      return pythonFloat(value);
    case 'boolean':
      return value.toLowerCase() === 'false' ? false : value !== '';
    default:
      return value;
  }
}

/** `_unpack_cli_arg`: the JSON route, and a list's words one by one. */
function unpack(shape: InputShape, value: string | readonly string[], paramName: string): Json {
  if (shape.type === 'structure' || shape.type === 'map') {
    const text = typeof value === 'string' ? value : (value[0] ?? '');
    if (firstChar(text) === '{') return unpackJson(text, paramName);
    throw new ParamFailure(paramError(paramName, `Invalid JSON:\n${text}`));
  }
  if (shape.type !== 'list') return unpackScalar(shape, typeof value === 'string' ? value : (value[0] ?? ''));
  let items: readonly string[];
  if (typeof value === 'string') {
    if (firstChar(value) === '[') return unpackJson(value, paramName);
    // A file's text that is not a JSON list: Python iterates over its characters.
    items = Array.from(value);
  } else {
    const only = value.length === 1 ? pythonStrip(value[0] ?? '') : '';
    if (only.startsWith('[')) return unpackJson(value[0] ?? '', paramName);
    items = value;
  }
  try {
    return items.map((item) => unpack(shape.member, item, paramName));
  } catch (error) {
    // A bad number in a list is reported against the parameter, showing its first word.
    if (error instanceof PythonValueError) throw new ParamFailure(paramError(paramName, items[0] ?? ''));
    throw error;
  }
}

function singleValueMember(shape: InputShape, value: string | readonly string[]): Json | null {
  // `--instance-initiated-shutdown-behavior stop` for a structure whose only member is Value.
  if (shape.type !== 'structure' || typeof value !== 'string' || value.includes('=')) return null;
  const names = Object.keys(shape.members);
  return names.length === 1 && names[0] === 'Value' && shape.members['Value']?.type === 'string'
    ? { Value: value }
    : null;
}

function shorthand(
  value: string | readonly string[],
  shape: InputShape,
  paramName: string,
  context: CliContext,
): Json {
  const special = singleValueMember(shape, value);
  if (special !== null) return special;
  const words = typeof value === 'string' ? [value] : value;
  const parsed: ShorthandValue[] = [];
  for (const word of words) {
    const result = parseShorthand(word, paramName, context);
    if (!result.ok) throw new ParamFailure(result.error);
    parsed.push(result.value);
  }
  const tree: ShorthandValue = typeof value === 'string' ? (parsed[0] ?? {}) : parsed;
  const visited = visitShorthand(tree, shape);
  if (!visited.ok) throw new ParamFailure(visited.error);
  return tree;
}

/**
 * Reads a structure, map or list parameter from the words that followed `paramName` (the option
 * as typed: `--network-configuration`). `kind` is the parameter's shape, or just its kind when the
 * members do not matter (then shorthand values stay strings).
 */
export function parseStructuredParam(
  words: readonly string[],
  paramName: string,
  kind: ParamKind | InputShape,
  context: CliContext = NO_FILES,
): StructuredParamResult {
  const shape = shapeOfKind(kind);
  const first = words[0];
  if (first === undefined) {
    // argparse stops first; the console's own option parser normally reports this.
    const expected = shape.type === 'list' ? 'at least one argument' : 'one argument';
    return { ok: false, error: `argument ${paramName}: expected ${expected}` };
  }
  try {
    let value: string | readonly string[] = shape.type === 'list' ? words : first;
    if (words.length === 1) {
      const loaded = loadParamFile(first, paramName, context);
      if (!loaded.ok) return loaded;
      if (loaded.fromFile) value = loaded.text;
    }
    const lead = pythonStrip(typeof value === 'string' ? value : (value[0] ?? ''));
    const looksLikeJson = lead.startsWith('[') || lead.startsWith('{');
    const parsed =
      !looksLikeJson && supportsShorthand(shape)
        ? shorthand(value, shape, paramName, context)
        : unpack(shape, value, paramName);
    return { ok: true, value: parsed };
  } catch (error) {
    if (error instanceof ParamFailure || error instanceof PythonValueError)
      return { ok: false, error: error.message };
    throw error;
  }
}
