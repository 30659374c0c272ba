import { describe, expect, it } from 'vitest';
import { parseSleep } from './duration';

describe('parseSleep', () => {
  it('reads seconds by default and s, m, h suffixes, adding several arguments', () => {
    expect(parseSleep(['5'])).toEqual({ ok: true, ms: 5000 });
    expect(parseSleep(['0.5'])).toEqual({ ok: true, ms: 500 });
    expect(parseSleep(['2m'])).toEqual({ ok: true, ms: 120_000 });
    expect(parseSleep(['1m', '30s'])).toEqual({ ok: true, ms: 90_000 });
    expect(parseSleep(['1h'])).toEqual({ ok: true, ms: 3_600_000 });
  });

  it('answers like GNU sleep for a missing or invalid operand', () => {
    expect(parseSleep([])).toEqual({
      ok: false,
      error: "sleep: missing operand\nTry 'sleep --help' for more information.",
    });
    expect(parseSleep(['abc'])).toEqual({
      ok: false,
      error: "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.",
    });
    expect(parseSleep(['-1'])).toMatchObject({ ok: false });
  });

  it('caps one line at an hour of simulated time', () => {
    expect(parseSleep(['2h'])).toMatchObject({ ok: false, error: expect.stringContaining('at most 1h') });
  });
});
