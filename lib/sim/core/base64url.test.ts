import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, decodeBase64Url, encodeBase64Url } from './base64url';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';

describe('encodeBase64Url', () => {
  it('matches RFC 4648 base64url without padding', () => {
    expect(encodeBase64Url('')).toBe('');
    expect(encodeBase64Url('f')).toBe('Zg');
    expect(encodeBase64Url('fo')).toBe('Zm8');
    expect(encodeBase64Url('foo')).toBe('Zm9v');
    expect(encodeBase64Url('\u00ff\u00fe?')).toBe('w7_Dvj8');
  });

  it('round-trips any string through decodeBase64Url', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => decodeBase64Url(encodeBase64Url(text)) === text),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('decodeBase64Url', () => {
  it('rejects characters outside the alphabet, impossible lengths and non-zero spare bits', () => {
    expect(decodeBase64Url('Zm9v+')).toBeNull();
    expect(decodeBase64Url('Zm9vY')).toBeNull();
    expect(decodeBase64Url('Zh')).toBeNull();
    expect(decodeBase64Url('Zg')).toBe('f');
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(decodeBase64Url('_w')).toBeNull();
  });
});

describe('crc32', () => {
  it('gives the standard IEEE check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
});
