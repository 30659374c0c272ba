import { describe, expect, it } from 'vitest';
import { clock, count, usd } from './format';

describe('usd', () => {
  it('shows fractions of a cent below ten cents and cents above', () => {
    expect(usd(0.0123425)).toBe('$0.0123');
    expect(usd(12.3456)).toBe('$12.35');
    expect(usd(1234.5)).toBe('$1,234.50');
    expect(usd(0)).toBe('$0');
  });
});

describe('count', () => {
  it('rounds and separates thousands', () => {
    expect(count(2499.6)).toBe('2,500');
  });
});

describe('clock', () => {
  it('reads minutes from midnight as a 24-hour clock', () => {
    expect(clock(730)).toBe('12:10');
    expect(clock(0)).toBe('00:00');
    expect(clock(1440)).toBe('24:00');
  });
});
