import { describe, expect, it } from 'vitest';
import { awsJson, epochMillis, isoTimestamp, pyFloat } from './aws-json';

describe('awsJson', () => {
  it('indents by 4 and prints Python floats unquoted', () => {
    expect(awsJson({ doubleValue: pyFloat(0), other: pyFloat(1.5), n: 2 })).toBe(
      '{\n    "doubleValue": 0.0,\n    "other": 1.5,\n    "n": 2\n}',
    );
  });

  it('leaves a string that merely looks like a marker alone', () => {
    expect(awsJson({ message: 'float:0.0' })).toBe('{\n    "message": "float:0.0"\n}');
  });
});

describe('isoTimestamp', () => {
  it("prints Python's isoformat: microseconds only when there are some", () => {
    expect(isoTimestamp(0)).toBe('2025-01-06T09:00:00+00:00');
    expect(isoTimestamp(12_345)).toBe('2025-01-06T09:00:12.345000+00:00');
  });
});

describe('epochMillis', () => {
  it('puts simulated time on the same calendar', () => {
    expect(epochMillis(1_000)).toBe(Date.UTC(2025, 0, 6, 9, 0, 1));
  });
});
