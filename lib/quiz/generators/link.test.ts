import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseQuestionHash, questionHash } from './link';

const KINDS = ['binpack-next-host', 'az-failure'];

describe('generated question links', () => {
  it('round-trips a generator and a seed', () => {
    expect(parseQuestionHash(questionHash('az-failure', 4242), KINDS)).toEqual({
      ok: true,
      generator: 'az-failure',
      seed: 4242,
    });
  });

  it('treats an empty hash as no link', () => {
    expect(parseQuestionHash('', KINDS)).toBeNull();
    expect(parseQuestionHash('#', KINDS)).toBeNull();
  });

  it('says what is wrong with a hand-edited link', () => {
    expect(parseQuestionHash('#az-failure:-3', KINDS)).toMatchObject({ ok: false });
    expect(parseQuestionHash('#binpack next host', KINDS)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('should look like binpack-next-host:1234'),
    });
    expect(parseQuestionHash('#spot-prices:12', KINDS)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"spot-prices"'),
    });
    expect(parseQuestionHash('#az-failure:0', KINDS)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('out of range'),
    });
    expect(parseQuestionHash(`#az-failure:${MAX_SEED + 1}`, KINDS)).toMatchObject({ ok: false });
    expect(parseQuestionHash('#az-failure:99999999999999999999999', KINDS)).toMatchObject({ ok: false });
  });

  it('reads a kind without a seed as "a fresh one of this kind"', () => {
    expect(parseQuestionHash('#binpack-next-host', KINDS)).toEqual({
      ok: true,
      generator: 'binpack-next-host',
      seed: null,
    });
  });

  it('reads a percent-encoded link', () => {
    expect(parseQuestionHash('#az-failure%3A7', KINDS)).toEqual({
      ok: true,
      generator: 'az-failure',
      seed: 7,
    });
  });
});
