import { describe, expect, it } from 'vitest';
import { pythonIndex, pythonRepr, pythonRstrip, pythonTypeName } from './python-text';

describe('pythonIndex', () => {
  it('counts a surrogate pair as one character, as Python indexes strings', () => {
    expect(pythonIndex('a😀b', 3)).toBe(2);
    expect(pythonIndex('abc', 2)).toBe(2);
  });
});

describe('pythonRepr', () => {
  it('quotes like repr(): single quotes unless only a single quote appears, escapes the rest', () => {
    expect(pythonRepr('x.json')).toBe("'x.json'");
    expect(pythonRepr("it's")).toBe(`"it's"`);
    expect(pythonRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pythonRepr('a\tb\\c\n\u0001é')).toBe("'a\\tb\\\\c\\n\\x01é'");
  });
});

describe('pythonRstrip', () => {
  it('strips what str.isspace() accepts, including \\x1c and \\x85 that JavaScript keeps', () => {
    expect(pythonRstrip('a \u001c\u0085')).toBe('a');
  });
});

describe('pythonTypeName', () => {
  it('names JSON values with Python’s classes', () => {
    expect(pythonTypeName([])).toBe("<class 'list'>");
    expect(pythonTypeName({})).toBe("<class 'dict'>");
    expect(pythonTypeName('s')).toBe("<class 'str'>");
    expect(pythonTypeName(true)).toBe("<class 'bool'>");
    expect(pythonTypeName(null)).toBe("<class 'NoneType'>");
    expect(pythonTypeName(1)).toBe("<class 'int'>");
    expect(pythonTypeName(1, true)).toBe("<class 'float'>");
  });
});
