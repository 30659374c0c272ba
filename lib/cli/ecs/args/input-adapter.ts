import type { CliContext } from '../../types';
import { readCliInputJson } from '../../aws/input/cli-input-json';
import { loadParamFile } from '../../aws/input/paramfile';
import { parseStructuredParam } from '../../aws/input/structured-param';
import { decodeBase64UserData } from '../../aws/input/user-data';
import type { Shape } from '../../aws/param-validation/shape';
import { toInputShape } from './request-shape';

/**
 * The AWS CLI's input layer (H3b's `lib/cli/aws/input`: `file://`, Python's JSON, shorthand,
 * `--cli-input-json`) in the shapes the `aws` program uses.
 */

export type Loaded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
export type Parsed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** A scalar's value: the text of `file://PATH`, or the word as typed. */
export function loadParamValue(raw: string, flag: string, context: CliContext): Loaded {
  const loaded = loadParamFile(raw, flag, context);
  return loaded.ok ? { ok: true, text: loaded.text } : loaded;
}

/** A structure or list parameter: file://, then JSON or shorthand, read against the member's shape. */
export function parseStructure(
  words: readonly string[],
  flag: string,
  shape: Shape,
  context: CliContext,
): Parsed {
  return parseStructuredParam(words, flag, toInputShape(shape), context);
}

export function readInputJson(
  raw: string,
  context: CliContext,
): { ok: true; value: Readonly<Record<string, unknown>> } | { ok: false; error: string } {
  return readCliInputJson(raw, context);
}

/** A launch template's base64 UserData → the script, or null when it is not base64. */
export function decodeUserData(text: string): string | null {
  const decoded = decodeBase64UserData(text);
  return decoded.ok ? decoded.text : null;
}
