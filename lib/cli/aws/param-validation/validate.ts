import { pythonStr, pythonTypeName } from './python-repr';
import type { Shape, StructureShape } from './shape';

/**
 * botocore's client-side parameter validation (botocore/validate.py, `ParamValidator`), which the
 * AWS CLI runs on every request before calling the API. It collects every problem, walking the
 * input the way botocore does: in a structure, first the missing required members (model order),
 * then the unknown keys (input order), then each known member in the input's key order.
 */

const VALID_TYPES: Readonly<Record<Shape['type'], readonly string[]>> = {
  structure: ["<class 'dict'>"],
  map: ["<class 'dict'>"],
  list: ["<class 'list'>", "<class 'tuple'>"],
  string: ["<class 'str'>"],
  integer: ["<class 'int'>"],
  long: ["<class 'int'>"],
  double: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  boolean: ["<class 'bool'>"],
  document: [],
};

/** Python's isinstance for a parsed JSON value (bool is a subclass of int). */
function isInstance(value: unknown, type: Shape['type']): boolean {
  switch (type) {
    case 'structure':
    case 'map':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'list':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
    case 'long':
      return typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value));
    case 'double':
      return typeof value === 'boolean' || typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'document':
      return true;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** botocore's `_get_name`: the top level is `input`; member paths lose their leading dot. */
function displayName(name: string): string {
  if (name === '') return 'input';
  return name.startsWith('.') ? name.slice(1) : name;
}

function asNumber(value: unknown): number {
  return typeof value === 'boolean' ? Number(value) : (value as number);
}

function validate(value: unknown, shape: Shape, name: string, errors: string[]): void {
  if (!isInstance(value, shape.type)) {
    errors.push(
      `Invalid type for parameter ${displayName(name)}, value: ${pythonStr(value)}, type: ${pythonTypeName(value)}, ` +
        `valid types: ${VALID_TYPES[shape.type].join(', ')}`,
    );
    return;
  }
  switch (shape.type) {
    case 'structure':
      validateStructure(value as Readonly<Record<string, unknown>>, shape, name, errors);
      return;
    case 'list': {
      const items = value as readonly unknown[];
      if (shape.min !== undefined && items.length < shape.min) {
        errors.push(
          `Invalid length for parameter ${displayName(name)}, value: ${items.length}, valid min length: ${shape.min}`,
        );
      }
      items.forEach((item, index) => validate(item, shape.member, `${name}[${index}]`, errors));
      return;
    }
    case 'map':
      for (const [key, item] of Object.entries(value as Readonly<Record<string, unknown>>)) {
        validate(key, shape.key, `${name} (key: ${key})`, errors);
        validate(item, shape.value, `${name}.${key}`, errors);
      }
      return;
    case 'string': {
      // Python's len() counts code points, not UTF-16 units.
      const length = [...(value as string)].length;
      if (shape.min !== undefined && length < shape.min) {
        errors.push(
          `Invalid length for parameter ${displayName(name)}, value: ${length}, valid min length: ${shape.min}`,
        );
      }
      return;
    }
    case 'integer':
    case 'long':
    case 'double':
      if (shape.min !== undefined && asNumber(value) < shape.min) {
        errors.push(
          `Invalid value for parameter ${displayName(name)}, value: ${pythonStr(value)}, valid min value: ${shape.min}`,
        );
      }
      return;
    case 'boolean':
    case 'document':
      return;
    default: {
      const never: never = shape;
      return never;
    }
  }
}

function validateStructure(
  params: Readonly<Record<string, unknown>>,
  shape: StructureShape,
  name: string,
  errors: string[],
): void {
  for (const required of shape.required) {
    if (!Object.hasOwn(params, required)) {
      errors.push(`Missing required parameter in ${displayName(name)}: "${required}"`);
    }
  }
  const members = new Map(shape.members);
  const known: string[] = [];
  for (const key of Object.keys(params)) {
    if (members.has(key)) known.push(key);
    else {
      const validNames = shape.members.map(([member]) => member).join(', ');
      errors.push(`Unknown parameter in ${displayName(name)}: "${key}", must be one of: ${validNames}`);
    }
  }
  for (const key of known) {
    const member = members.get(key);
    if (member !== undefined) validate(params[key], member, `${name}.${key}`, errors);
  }
}

/**
 * Every problem botocore would report, one line each, in its order. `name` is the path of `value`
 * inside the request: '' when `value` is the whole input, `networkConfiguration` when it is that
 * member (so paths read `networkConfiguration.awsvpcConfiguration.subnets`).
 */
export function paramValidationErrors(shape: Shape, value: unknown, name = ''): string[] {
  const errors: string[] = [];
  validate(value, shape, name === '' ? '' : `.${name}`, errors);
  return errors;
}

/** botocore's ParamValidationError text for a list of problems. */
export function formatValidationReport(errors: readonly string[]): string {
  return `Parameter validation failed:\n${errors.join('\n')}`;
}

/**
 * botocore's report for `value` against `shape` (the operation's input structure), or null when
 * the request passes. The AWS CLI prints it on stderr (after an empty line) and exits with 252.
 */
export function validateParams(shape: Shape, value: unknown, name = ''): string | null {
  const errors = paramValidationErrors(shape, value, name);
  return errors.length === 0 ? null : formatValidationReport(errors);
}
