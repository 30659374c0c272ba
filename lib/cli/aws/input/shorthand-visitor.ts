import type { InputShape } from './input-shape';
import { noLowerError, pythonFloat, pythonInt, PythonValueError } from './python-convert';
import type { ShorthandValue } from './shorthand';

/**
 * aws-cli's `BackCompatVisitor`: after the shorthand parser, the model turns `"5"` into 5 where a
 * member is an integer, `"true"`/`"false"` into booleans, and a single value into a one-item list
 * where a member is a list (`subnets=subnet-1`). Python's `int()` and `float()` raise on text they
 * cannot read; the CLI does not catch those, so their bare message is what it prints, e.g.
 * `invalid literal for int() with base 10: 'one'`.
 */
export type VisitResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

type Container = ShorthandValue[] | { [key: string]: ShorthandValue };

function setIn(parent: Container, name: string | number, value: ShorthandValue | number | boolean): void {
  // The visitor writes numbers and booleans where the parser left strings; the tree is ours.
  (parent as Record<string | number, unknown>)[name] = value;
}

const isMap = (value: ShorthandValue | undefined): value is { [key: string]: ShorthandValue } =>
  value !== undefined && typeof value === 'object' && !Array.isArray(value);

function visit(
  parent: Container,
  shape: InputShape,
  name: string | number,
  value: ShorthandValue | undefined,
): void {
  if (value === undefined) return;
  switch (shape.type) {
    case 'structure':
      if (!isMap(value)) return;
      for (const [memberName, memberShape] of Object.entries(shape.members)) {
        visit(
          value,
          memberShape,
          memberName,
          Object.hasOwn(value, memberName) ? value[memberName] : undefined,
        );
      }
      return;
    case 'list':
      // `foo=bar` where foo is a list means ["bar"]; the wrapped value is not visited further.
      if (!Array.isArray(value)) return setIn(parent, name, [value]);
      value.forEach((element, index) => visit(value, shape.member, index, element));
      return;
    case 'map':
      if (!isMap(value)) return;
      for (const [key, element] of Object.entries(value)) visit(value, shape.value, key, element);
      return;
    case 'integer':
    case 'long':
      return setIn(parent, name, pythonInt(value));
    case 'float':
    case 'double':
      return setIn(parent, name, pythonFloat(value));
    case 'boolean': {
      if (typeof value !== 'string') throw noLowerError(value);
      // Only "true"/"false" (any case) convert; anything else is left for parameter validation.
      const lower = value.toLowerCase();
      if (lower === 'true') setIn(parent, name, true);
      else if (lower === 'false') setIn(parent, name, false);
      return;
    }
    default:
      return;
  }
}

/** Applies the model to a freshly parsed shorthand value, in place. */
export function visitShorthand(parsed: ShorthandValue, shape: InputShape): VisitResult {
  try {
    visit({}, shape, '', parsed);
    return { ok: true };
  } catch (error) {
    if (error instanceof PythonValueError) return { ok: false, error: error.message };
    throw error;
  }
}
