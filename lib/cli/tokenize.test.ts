import { describe, expect, it } from 'vitest';
import { scanTokens, tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on whitespace and keeps quoted text together', () => {
    expect(tokenize(`docker run  -d --name "my web" 'a b' c\\ d`)).toEqual({
      ok: true,
      tokens: ['docker', 'run', '-d', '--name', 'my web', 'a b', 'c d'],
    });
  });

  it('honours escapes inside double quotes but not inside single quotes', () => {
    expect(tokenize(`"a\\"b" 'c\\d' ""`)).toEqual({ ok: true, tokens: ['a"b', 'c\\d', ''] });
  });

  it('treats # at the start of a word as a comment', () => {
    expect(tokenize('docker ps # list them')).toEqual({ ok: true, tokens: ['docker', 'ps'] });
    expect(tokenize('echo a#b')).toEqual({ ok: true, tokens: ['echo', 'a#b'] });
  });

  it('explains an unterminated quote in bash’s words', () => {
    expect(tokenize('echo "oops')).toEqual({
      ok: false,
      error: 'bash: unexpected EOF while looking for matching `"\'',
    });
    expect(tokenize("echo 'oops")).toEqual({
      ok: false,
      error: "bash: unexpected EOF while looking for matching `''",
    });
  });

  it('refuses pipes, redirections and command lists instead of passing them on', () => {
    expect(tokenize('docker ps | grep web')).toMatchObject({
      ok: false,
      error: expect.stringContaining('(|)'),
    });
    expect(tokenize('a; b')).toMatchObject({ ok: false, error: expect.stringContaining('(;)') });
    expect(tokenize('echo "a|b"')).toEqual({ ok: true, tokens: ['echo', 'a|b'] });
  });

  it('refuses a trailing backslash', () => {
    expect(tokenize('docker ps \\')).toMatchObject({ ok: false });
  });
});

describe('scanTokens', () => {
  it('records where each word starts, for completion', () => {
    expect(scanTokens('docker  ps -a').starts).toEqual([0, 8, 11]);
  });
});
