/**
 * Just enough of an API shape for the CLI's input layer: whether a parameter is a structure, a map
 * or a list (which decides JSON versus shorthand), and the scalar types the shorthand visitor
 * converts (`weight=1` becomes the integer 1 only where the model says integer). The names follow
 * botocore's `type_name`s so a fuller shape model can be mapped onto this one member for member.
 */
export type ScalarType =
  'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob';

export type InputShape =
  | { readonly type: ScalarType }
  | { readonly type: 'structure'; readonly members: Readonly<Record<string, InputShape>> }
  | { readonly type: 'list'; readonly member: InputShape }
  | { readonly type: 'map'; readonly value: InputShape };

export type StructureShape = Extract<InputShape, { type: 'structure' }>;

export const STRING: InputShape = { type: 'string' };
export const INTEGER: InputShape = { type: 'integer' };
export const BOOLEAN: InputShape = { type: 'boolean' };

export const structure = (members: Readonly<Record<string, InputShape>>): InputShape => ({
  type: 'structure',
  members,
});
export const listOf = (member: InputShape): InputShape => ({ type: 'list', member });
export const mapOf = (value: InputShape): InputShape => ({ type: 'map', value });

/** A parameter kind when no member detail is at hand: shorthand stays all strings. */
export type ParamKind = 'structure' | 'map' | 'list' | 'string-list';

export function shapeOfKind(kind: ParamKind | InputShape): InputShape {
  if (typeof kind !== 'string') return kind;
  switch (kind) {
    case 'structure':
      return structure({});
    case 'map':
      return mapOf(STRING);
    case 'list':
      return listOf(structure({}));
    case 'string-list':
      return listOf(STRING);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export const isComplex = (shape: InputShape): boolean =>
  shape.type === 'structure' || shape.type === 'list' || shape.type === 'map';

/**
 * `_supports_shorthand_syntax`: structures, maps and lists of those; a list of plain strings is
 * taken word for word instead.
 */
export const supportsShorthand = (shape: InputShape): boolean =>
  shape.type === 'structure' || shape.type === 'map' || (shape.type === 'list' && isComplex(shape.member));
