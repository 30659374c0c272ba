/**
 * The checks ECR's JSON schema makes on a lifecycle policy, one value at a time. Each answers
 * null when the value passes, or the refusal for the first thing wrong with it.
 */
import * as m from './messages';

export type Json = Readonly<Record<string, unknown>>;

/** The JSON type names the schema validator reports (an integral number is an `integer`). */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  return 'object';
}

export function isObject(value: unknown): value is Json {
  return jsonType(value) === 'object';
}

/** Required members present and no member the schema does not know, in that order. */
export function objectProblem(
  value: Json,
  required: readonly string[],
  allowed: readonly string[],
): string | null {
  const missing = required.filter((name) => !Object.hasOwn(value, name)).sort();
  if (missing.length > 0) return m.missingProperties(missing);
  const unknown = Object.keys(value)
    .filter((name) => !allowed.includes(name))
    .sort();
  return unknown.length > 0 ? m.propertiesNotAllowed(unknown) : null;
}

/**
 * ECR maps the policy onto Java objects first: an integer past 32 bits does not fit, and the
 * mapping fails before the schema is consulted (moto's "Could not map" case, extended here).
 */
const JAVA_INT_MAX = 2 ** 31 - 1;

export function integerProblem(value: unknown, minimum: number): string | null {
  if (jsonType(value) !== 'integer') return m.wrongType(jsonType(value), 'integer');
  const number = value as number;
  if (Math.abs(number) > JAVA_INT_MAX) return m.COULD_NOT_MAP;
  return number < minimum ? m.belowMinimum(minimum, number) : null;
}

export function enumProblem(value: unknown, allowed: readonly string[]): string | null {
  if (typeof value !== 'string') return m.wrongType(jsonType(value), 'string');
  return allowed.includes(value) ? null : m.notInEnum(value, allowed);
}

/** An optional list of strings: absent passes; `null` is a wrong type (seen from ECR). */
export function stringListProblem(value: unknown): string | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return m.wrongType(jsonType(value), 'array');
  const bad = value.findIndex((item) => typeof item !== 'string');
  return bad < 0 ? null : m.wrongType(jsonType(value[bad]), 'string');
}
