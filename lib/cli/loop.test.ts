import { describe, expect, it } from 'vitest';
import { parseLoop } from './loop';

describe('parseLoop', () => {
  it('expands {A..B} ranges and the loop variable in the body', () => {
    expect(parseLoop('for i in {3..5}; do docker run -d --name web-$i nginx; done')).toEqual({
      ok: true,
      lines: [
        'docker run -d --name web-3 nginx',
        'docker run -d --name web-4 nginx',
        'docker run -d --name web-5 nginx',
      ],
    });
  });

  it('expands $(seq N), $(seq A B), ${VAR} and plain word lists', () => {
    expect(parseLoop('for n in $(seq 2); do echo ${n}; done')).toEqual({
      ok: true,
      lines: ['echo 1', 'echo 2'],
    });
    expect(parseLoop('for n in $(seq 4 5); do echo $n; done')).toEqual({
      ok: true,
      lines: ['echo 4', 'echo 5'],
    });
    expect(parseLoop('for x in a b; do echo $x $xy; done')).toEqual({
      ok: true,
      lines: ['echo a $xy', 'echo b $xy'],
    });
  });

  it('refuses too many iterations, several commands and other shapes', () => {
    expect(parseLoop('for i in {1..500}; do echo; done')).toMatchObject({ ok: false });
    expect(parseLoop('for i in {1..2}; do a; b; done')).toMatchObject({ ok: false });
    expect(parseLoop('for i in {1..2} do a done')).toMatchObject({ ok: false });
  });
});
