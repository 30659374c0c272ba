import { describe, expect, it } from 'vitest';
import { pythonFloatRepr, pythonRepr, pythonStr, pythonStrRepr, pythonTypeName } from './python-repr';

describe('pythonStr', () => {
  it('prints a str as is, the way botocore formats value: %s (reference §2.4: value: 100)', () => {
    expect(pythonStr('100')).toBe('100');
    expect(pythonStr('')).toBe('');
  });

  it('prints other values as their Python repr', () => {
    expect(pythonStr(100)).toBe('100');
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(false)).toBe('False');
    expect(pythonStr(null)).toBe('None');
    expect(pythonStr({ a: 1 })).toBe("{'a': 1}");
    expect(pythonStr(['x'])).toBe("['x']");
  });
});

describe('pythonRepr', () => {
  it('nests dicts and lists with ", " and ": " separators', () => {
    expect(pythonRepr({ name: 'web', ports: [80, 443], ok: true, none: null })).toBe(
      "{'name': 'web', 'ports': [80, 443], 'ok': True, 'none': None}",
    );
    expect(pythonRepr({})).toBe('{}');
    expect(pythonRepr([])).toBe('[]');
  });

  it('prints integers of any size with every digit, as Python ints do', () => {
    expect(pythonRepr(1e21)).toBe('1000000000000000000000');
    expect(pythonRepr(-0)).toBe('0');
  });
});

describe('pythonStrRepr', () => {
  it('uses double quotes only when the text has a single quote and no double quote', () => {
    expect(pythonStrRepr("it's")).toBe('"it\'s"');
    expect(pythonStrRepr('say "hi"')).toBe('\'say "hi"\'');
    expect(pythonStrRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
  });

  it('escapes backslashes, control characters and non-printable code points', () => {
    expect(pythonStrRepr('a\\b')).toBe("'a\\\\b'");
    expect(pythonStrRepr('a\nb\tc\rd')).toBe("'a\\nb\\tc\\rd'");
    expect(pythonStrRepr('\u0001\u007f\u00a0')).toBe("'\\x01\\x7f\\xa0'");
    expect(pythonStrRepr('\u2028')).toBe("'\\u2028'");
    expect(pythonStrRepr('\ud800')).toBe("'\\ud800'");
  });

  it('keeps printable non-ASCII text as it is', () => {
    expect(pythonStrRepr('café ✓ 🐳')).toBe("'café ✓ 🐳'");
  });
});

describe('pythonFloatRepr', () => {
  it('follows repr(float): fixed notation from 1e-4 up to 1e16, exponent form outside', () => {
    expect(pythonFloatRepr(1.5)).toBe('1.5');
    expect(pythonFloatRepr(0.1)).toBe('0.1');
    expect(pythonFloatRepr(0.0001)).toBe('0.0001');
    expect(pythonFloatRepr(0.00001)).toBe('1e-05');
    expect(pythonFloatRepr(1.5e-7)).toBe('1.5e-07');
    expect(pythonFloatRepr(123.456)).toBe('123.456');
    expect(pythonFloatRepr(1e16)).toBe('1e+16');
    expect(pythonFloatRepr(1.2345678901234568e17)).toBe('1.2345678901234568e+17');
    expect(pythonFloatRepr(100)).toBe('100.0');
    expect(pythonFloatRepr(-2.5)).toBe('-2.5');
    expect(pythonFloatRepr(-0)).toBe('-0.0');
  });
});

describe('pythonTypeName', () => {
  it("names each JSON value's Python class", () => {
    expect(pythonTypeName('x')).toBe("<class 'str'>");
    expect(pythonTypeName(1)).toBe("<class 'int'>");
    expect(pythonTypeName(1.5)).toBe("<class 'float'>");
    expect(pythonTypeName(true)).toBe("<class 'bool'>");
    expect(pythonTypeName(null)).toBe("<class 'NoneType'>");
    expect(pythonTypeName({})).toBe("<class 'dict'>");
    expect(pythonTypeName([])).toBe("<class 'list'>");
  });
});
