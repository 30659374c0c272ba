import { describe, expect, it } from 'vitest';
import { BOOLEAN, INTEGER, listOf, mapOf, STRING, structure, type InputShape } from './input-shape';
import type { ShorthandValue } from './shorthand';
import { visitShorthand } from './shorthand-visitor';

function visited(value: ShorthandValue, shape: InputShape): unknown {
  const result = visitShorthand(value, shape);
  return result.ok ? value : result.error;
}

describe('visitShorthand', () => {
  it('converts integer members with Python’s int(): signs, spaces and underscores allowed', () => {
    const shape = structure({ weight: INTEGER, base: INTEGER });
    expect(visited({ weight: ' +1_0 ', base: '-0' }, shape)).toEqual({ weight: 10, base: 0 });
    expect(Object.is((visited({ base: '-0' }, shape) as { base: number }).base, 0)).toBe(true);
  });

  it('prints int()’s and float()’s own messages for text and for lists', () => {
    expect(visited({ weight: '1.5' }, structure({ weight: INTEGER }))).toBe(
      "invalid literal for int() with base 10: '1.5'",
    );
    expect(visited({ weight: ['1', '2'] }, structure({ weight: INTEGER }))).toBe(
      "int() argument must be a string, a bytes-like object or a real number, not 'list'",
    );
    expect(visited({ target: 'high' }, structure({ target: { type: 'double' } }))).toBe(
      "could not convert string to float: 'high'",
    );
    expect(visited({ target: '7.5e1' }, structure({ target: { type: 'double' } }))).toEqual({ target: 75 });
  });

  it('wraps a single value in a list where the model has a list, without visiting it further', () => {
    expect(
      visited(
        { subnets: 'subnet-1', ports: '80' },
        structure({ subnets: listOf(STRING), ports: listOf(INTEGER) }),
      ),
    ).toEqual({
      subnets: ['subnet-1'],
      ports: ['80'],
    });
  });

  it('visits map values and list items, and leaves members the model does not know', () => {
    const shape = listOf(structure({ enabled: BOOLEAN, limits: mapOf(INTEGER) }));
    expect(visited([{ enabled: 'False', limits: { cpu: '2' }, extra: '1' }], shape)).toEqual([
      { enabled: false, limits: { cpu: 2 }, extra: '1' },
    ]);
    expect(visited({ enabled: { a: 'b' } }, structure({ enabled: BOOLEAN }))).toBe(
      "'dict' object has no attribute 'lower'",
    );
  });
});
