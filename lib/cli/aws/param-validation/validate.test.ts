import { describe, expect, it } from 'vitest';
import { boolean, double, integer, list, map, string, structure } from './shape';
import { paramValidationErrors, validateParams } from './validate';

const SHAPE = structure(
  {
    family: string(1),
    count: integer(1),
    enabled: boolean(),
    ratio: double(0),
    items: list(structure({ name: string(), size: integer() }, ['name']), 1),
    labels: map(string(1), string()),
  },
  ['family'],
);

describe('validateParams', () => {
  it('returns null for a request that matches its shape', () => {
    expect(
      validateParams(SHAPE, { family: 'web', count: 2, items: [{ name: 'a' }], labels: { k: 'v' } }),
    ).toBeNull();
  });

  it('starts the report with "Parameter validation failed:" then one line per problem (botocore ParamValidationError)', () => {
    expect(validateParams(SHAPE, { family: 'web', count: '2' })).toBe(
      "Parameter validation failed:\nInvalid type for parameter count, value: 2, type: <class 'str'>, valid types: <class 'int'>",
    );
  });

  it('names the top level "input" for a missing required member', () => {
    expect(paramValidationErrors(SHAPE, {})).toEqual(['Missing required parameter in input: "family"']);
  });

  it('reports a nested missing member with its path', () => {
    expect(paramValidationErrors(SHAPE, { family: 'x', items: [{ size: 1 }] })).toEqual([
      'Missing required parameter in items[0]: "name"',
    ]);
  });

  it('lists every member, in model order, for an unknown key', () => {
    expect(paramValidationErrors(SHAPE, { family: 'x', items: [{ name: 'a', sise: 1 }] })).toEqual([
      'Unknown parameter in items[0]: "sise", must be one of: name, size',
    ]);
  });

  it('prints the length form for a string or list under its min', () => {
    expect(paramValidationErrors(SHAPE, { family: '', items: [] })).toEqual([
      'Invalid length for parameter family, value: 0, valid min length: 1',
      'Invalid length for parameter items, value: 0, valid min length: 1',
    ]);
  });

  it('counts code points, not UTF-16 units, for a string length (Python len)', () => {
    expect(paramValidationErrors(structure({ s: string(2) }), { s: '🐳' })).toEqual([
      'Invalid length for parameter s, value: 1, valid min length: 2',
    ]);
  });

  it('prints the range form for a number under its min', () => {
    expect(paramValidationErrors(SHAPE, { family: 'x', count: 0, ratio: -0.5 })).toEqual([
      'Invalid value for parameter count, value: 0, valid min value: 1',
      'Invalid value for parameter ratio, value: -0.5, valid min value: 0',
    ]);
  });

  it('accepts a bool where an int is expected, as isinstance(True, int) does, and range-checks it as 1/0', () => {
    expect(paramValidationErrors(SHAPE, { family: 'x', count: true })).toEqual([]);
    expect(paramValidationErrors(SHAPE, { family: 'x', count: false })).toEqual([
      'Invalid value for parameter count, value: False, valid min value: 1',
    ]);
  });

  it('names each type as Python does, and the list and double forms list every valid type', () => {
    expect(
      paramValidationErrors(SHAPE, { family: 'x', items: { name: 'a' }, ratio: 'x', enabled: 1 }),
    ).toEqual([
      "Invalid type for parameter items, value: {'name': 'a'}, type: <class 'dict'>, valid types: <class 'list'>, <class 'tuple'>",
      "Invalid type for parameter ratio, value: x, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
      "Invalid type for parameter enabled, value: 1, type: <class 'int'>, valid types: <class 'bool'>",
    ]);
  });

  it('refuses null like any other wrong type (value: None)', () => {
    expect(paramValidationErrors(SHAPE, { family: null })).toEqual([
      "Invalid type for parameter family, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
    ]);
  });

  it('reports a wrong top-level type against "input"', () => {
    expect(paramValidationErrors(SHAPE, ['x'])).toEqual([
      "Invalid type for parameter input, value: ['x'], type: <class 'list'>, valid types: <class 'dict'>",
    ]);
  });

  it('checks map keys as "NAME (key: KEY)" and values as NAME.KEY', () => {
    expect(paramValidationErrors(SHAPE, { family: 'x', labels: { '': 1 } })).toEqual([
      'Invalid length for parameter labels (key: ), value: 0, valid min length: 1',
      "Invalid type for parameter labels., value: 1, type: <class 'int'>, valid types: <class 'str'>",
    ]);
  });

  it('reports required, then unknown, then the known members in the input key order', () => {
    const errors = paramValidationErrors(SHAPE, { ratio: 'r', bogus: 1, count: 'c' });
    expect(errors).toEqual([
      'Missing required parameter in input: "family"',
      'Unknown parameter in input: "bogus", must be one of: family, count, enabled, ratio, items, labels',
      "Invalid type for parameter ratio, value: r, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
      "Invalid type for parameter count, value: c, type: <class 'str'>, valid types: <class 'int'>",
    ]);
  });

  it('prefixes paths with the member name when given one', () => {
    expect(
      validateParams(list(structure({ weight: integer(0) })), [{ weight: -1 }], 'capacityProviderStrategy'),
    ).toBe(
      'Parameter validation failed:\nInvalid value for parameter capacityProviderStrategy[0].weight, value: -1, valid min value: 0',
    );
  });
});
