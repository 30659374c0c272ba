import {
  boolean,
  document,
  integer,
  list,
  string,
  structure,
  STRING_LIST,
  type Shape,
} from '../../aws/param-validation/shape';
import { listOf, mapOf, structure as inputStructure, type InputShape } from '../../aws/input/input-shape';
import type { ParamDef } from './parse-args';

/**
 * The request shape botocore validates, assembled from an operation's parameters (or given whole,
 * as H1's RegisterTaskDefinition input is), and the lighter shape the CLI's shorthand reader uses.
 */

/** A member's shape: its declared one, else what its kind implies (unknown structures take any JSON). */
export function paramShape(param: ParamDef): Shape {
  if (param.shape !== undefined) return param.shape;
  switch (param.kind) {
    case 'string':
      return string();
    case 'integer':
      return integer();
    case 'boolean':
      return boolean();
    case 'strings':
      return STRING_LIST;
    case 'structure':
      return document();
    case 'list':
      return list(document());
    default: {
      const unreachable: never = param.kind;
      return unreachable;
    }
  }
}

/** The whole request: members in the parameters' (API) order; CLI-only options (`--count`) left out. */
export function requestShape(params: readonly ParamDef[]): Shape {
  const api = params.filter((param) => !param.member.startsWith('--'));
  return structure(
    Object.fromEntries(api.map((param) => [param.member, paramShape(param)])),
    api.filter((param) => param.required === true).map((param) => param.member),
  );
}

/** Parameters given the member shapes of an operation's whole request shape (H1's models). */
export function withMemberShapes(params: readonly ParamDef[], shape: Shape): ParamDef[] {
  if (shape.type !== 'structure') return [...params];
  return params.map((param) => {
    const member = shape.members.find(([name]) => name === param.member)?.[1];
    return param.shape === undefined && member !== undefined ? { ...param, shape: member } : param;
  });
}

/** The request without the CLI's own options (`--count`), which never reach the API. */
export function apiMembers(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input))
    if (!key.startsWith('--'))
      Object.defineProperty(api, key, { value, enumerable: true, writable: true, configurable: true });
  return api;
}

/** botocore's model as the shorthand reader needs it: which members are numbers, booleans, lists. */
export function toInputShape(shape: Shape): InputShape {
  switch (shape.type) {
    case 'structure':
      return inputStructure(
        Object.fromEntries(shape.members.map(([name, member]) => [name, toInputShape(member)])),
      );
    case 'list':
      return listOf(toInputShape(shape.member));
    case 'map':
      return mapOf(toInputShape(shape.value));
    case 'document':
      return inputStructure({});
    default:
      return { type: shape.type };
  }
}
