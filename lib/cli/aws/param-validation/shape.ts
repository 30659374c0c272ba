/**
 * A small copy of the part of botocore's service model that its parameter validator reads: a
 * shape's type, a structure's members in the API's order and its required ones, a list's member,
 * a map's key and value, and the `min` trait (length for strings and lists, value for numbers).
 * Enums and `max` are not checked by botocore, so they are left out here too.
 */
export type Shape =
  | {
      readonly type: 'structure';
      /** Members in the API model's order: "must be one of" lists them in this order. */
      readonly members: readonly (readonly [string, Shape])[];
      readonly required: readonly string[];
    }
  | { readonly type: 'list'; readonly member: Shape; readonly min?: number }
  | { readonly type: 'map'; readonly key: Shape; readonly value: Shape }
  | { readonly type: 'string'; readonly min?: number }
  | { readonly type: 'integer'; readonly min?: number }
  | { readonly type: 'long'; readonly min?: number }
  | { readonly type: 'double'; readonly min?: number }
  | { readonly type: 'boolean' }
  /** A free-form JSON value (the API's `document` type): any JSON is accepted. */
  | { readonly type: 'document' };

export type StructureShape = Extract<Shape, { type: 'structure' }>;

/** `members` in API order (object key order; member names are never integer-like). */
export function structure(
  members: Readonly<Record<string, Shape>>,
  required: readonly string[] = [],
): StructureShape {
  return { type: 'structure', members: Object.entries(members), required };
}

export function list(member: Shape, min?: number): Shape {
  return min === undefined ? { type: 'list', member } : { type: 'list', member, min };
}

export function map(key: Shape, value: Shape): Shape {
  return { type: 'map', key, value };
}

export function string(min?: number): Shape {
  return min === undefined ? { type: 'string' } : { type: 'string', min };
}

export function integer(min?: number): Shape {
  return min === undefined ? { type: 'integer' } : { type: 'integer', min };
}

export function long(min?: number): Shape {
  return min === undefined ? { type: 'long' } : { type: 'long', min };
}

export function double(min?: number): Shape {
  return min === undefined ? { type: 'double' } : { type: 'double', min };
}

export function boolean(): Shape {
  return { type: 'boolean' };
}

export function document(): Shape {
  return { type: 'document' };
}

/** The member shape named `name`, or undefined. */
export function memberShape(shape: StructureShape, name: string): Shape | undefined {
  return shape.members.find(([member]) => member === name)?.[1];
}

export const STRING_LIST: Shape = list(string());
export const STRING_MAP: Shape = map(string(), string());
