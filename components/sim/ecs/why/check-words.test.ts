import { describe, expect, it } from 'vitest';
import { CHECKS } from '@/lib/sim/ecs/placement/placement-types';
import { checkWords } from './check-words';

describe('checkWords', () => {
  it('gives every check of §4.1 its own words', () => {
    const words = CHECKS.map(checkWords);
    expect(words.every((word) => word.length > 0)).toBe(true);
    expect(new Set(words).size).toBe(CHECKS.length);
  });

  it('keeps AWS’s spelling of its terms', () => {
    expect(checkWords('CPU')).toBe('CPU');
    expect(checkWords('MEMORY')).toBe('memory');
    expect(checkWords('ENI')).toContain('ENI');
    expect(checkWords('memberOf')).toBe('constraint memberOf');
  });
});
