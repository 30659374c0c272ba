/**
 * Readers for a request deserialised the way the ECS service does it: `null` counts as absent and
 * a value of the wrong JSON type records a SerializationException message (the first one wins;
 * later reads still return, so a whole request can be walked without throwing).
 * `STRING_VALUE cannot be converted to Integer` is quoted in
 * aws-actions/amazon-ecs-deploy-task-definition#587 (2024); the other wordings follow it or
 * Coral's parser and are unconfirmed.
 */

export type Json = Readonly<Record<string, unknown>>;
type TypeName = 'String' | 'Integer' | 'Boolean' | 'List' | 'Structure' | 'Map';

/** The first deserialisation error; later reads still return (defaults) so the walk completes. */
export interface Reading {
  error: string | null;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mismatch(reading: Reading, value: unknown, type: TypeName): undefined {
  if (reading.error !== null) return undefined;
  if (isObject(value)) reading.error = 'Start of structure or map found where not expected.';
  else if (Array.isArray(value)) reading.error = 'Start of list found where not expected.';
  else {
    const token =
      typeof value === 'string'
        ? 'STRING_VALUE'
        : typeof value === 'number'
          ? 'NUMBER_VALUE'
          : value === true
            ? 'TRUE_VALUE'
            : 'FALSE_VALUE';
    reading.error = `${token} cannot be converted to ${type}`;
  }
  return undefined;
}

export function str(reading: Reading, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : mismatch(reading, value, 'String');
}

/** ECS integers are Java Integers: a fraction or a value past 32 bits does not convert. */
export function int(reading: Reading, value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1) return value;
  return mismatch(reading, value, 'Integer');
}

export function bool(reading: Reading, value: unknown): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'boolean' ? value : mismatch(reading, value, 'Boolean');
}

export function obj(reading: Reading, value: unknown): Json | undefined {
  if (value === null || value === undefined) return undefined;
  return isObject(value) ? value : mismatch(reading, value, 'Structure');
}

export function listOf<T>(
  reading: Reading,
  value: unknown,
  item: (element: unknown) => T | undefined,
): T[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) return mismatch(reading, value, 'List');
  const items: T[] = [];
  for (const element of value) {
    const read = item(element);
    if (read !== undefined) items.push(read);
  }
  return items;
}

export function stringMap(reading: Reading, value: unknown): Record<string, string> | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isObject(value)) return mismatch(reading, value, 'Map');
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    const text = str(reading, item);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

export function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** The SerializationException texts these readers produce as patterns, for tests that check every refusal. */
export const SERIALIZATION_MESSAGES: readonly RegExp[] = [
  /^(STRING|NUMBER|TRUE|FALSE)_VALUE cannot be converted to (String|Integer|Boolean|List|Structure|Map)$/,
  /^Start of (structure or map|list) found where not expected\.$/,
];
