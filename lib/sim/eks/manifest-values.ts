/** What the manifest readers share: JSON values, label maps, and the two kinds of refusal. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function stringMap(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return null;
  const map: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') return null;
    map[key] = String(item);
  }
  return map;
}

/** A field the API server validates and refuses: kubectl prints `The KIND "NAME" is invalid: …`. */
export class Invalid extends Error {}

/** Refused while decoding, before validation: kubectl shows the server's BadRequest. */
export class Undecodable extends Error {}
