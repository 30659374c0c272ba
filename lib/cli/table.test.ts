import { describe, expect, it } from 'vitest';
import { formatChoices, formatTable } from './table';

describe('formatTable', () => {
  it('pads columns like Go’s tabwriter for docker: widest cell + 3, at least 10, last column bare', () => {
    expect(
      formatTable([
        ['CONTAINER ID', 'IMAGE', 'NAMES'],
        ['abc', 'nginx', 'web'],
      ]),
    ).toBe(['CONTAINER ID   IMAGE     NAMES', 'abc            nginx     web'].join('\n'));
  });

  it('counts … as one character', () => {
    expect(formatTable([['"/docker-entrypoint.…"', 'x']])).toBe(`"/docker-entrypoint.…"   x`);
  });
});

describe('formatChoices', () => {
  it('lists choices two per line like the AWS CLI', () => {
    expect(formatChoices(['a', 'b', 'c'])).toBe(`${'a'.padEnd(40)} | b\nc`);
  });
});
