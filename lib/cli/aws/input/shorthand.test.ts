import { describe, expect, it } from 'vitest';
import { cliFiles } from './cli-files';
import { parseShorthand } from './shorthand';

const parse = (text: string) =>
  parseShorthand(text, '--network-configuration', cliFiles({ 'tag.txt': 'from a file' }));
const error = (text: string) => {
  const result = parse(text);
  return result.ok ? null : result.error;
};

describe('parseShorthand', () => {
  it('reads key=value pairs, csv lists, explicit lists and nested structures (aws-cli shorthand.py)', () => {
    expect(parse('a=b')).toEqual({ ok: true, value: { a: 'b' } });
    expect(parse('a=b,c')).toEqual({ ok: true, value: { a: ['b', 'c'] } });
    expect(parse('a=b,c=d')).toEqual({ ok: true, value: { a: 'b', c: 'd' } });
    expect(parse('a=b,c,d=e,f')).toEqual({ ok: true, value: { a: ['b', 'c'], d: ['e', 'f'] } });
    expect(
      parse('awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}'),
    ).toEqual({
      ok: true,
      value: {
        awsvpcConfiguration: {
          subnets: ['subnet-1', 'subnet-2'],
          securityGroups: ['sg-1'],
          assignPublicIp: 'ENABLED',
        },
      },
    });
  });

  it('keeps colons and slashes in values and keys (attribute:ecs.availability-zone, ARNs)', () => {
    expect(parse('type=spread,field=attribute:ecs.availability-zone')).toEqual({
      ok: true,
      value: { type: 'spread', field: 'attribute:ecs.availability-zone' },
    });
    expect(parse('Arn=arn:aws:iam::123456789012:instance-profile/ecsInstanceRole')).toEqual({
      ok: true,
      value: { Arn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole' },
    });
  });

  it('unquotes quoted values and escaped commas', () => {
    expect(parse(`a='x,y',b="q\\"r"`)).toEqual({ ok: true, value: { a: 'x,y', b: 'q"r' } });
    expect(parse('a=x\\,y')).toEqual({ ok: true, value: { a: 'x,y' } });
    expect(parse('a = b , c = d')).toEqual({ ok: true, value: { a: 'b', c: 'd' } });
  });

  it('reports a missing = with the CLI’s Expected/received text and a caret under the spot', () => {
    expect(error('awsvpcConfiguration')).toBe(
      "Error parsing parameter '--network-configuration': Expected: '=', received: 'EOF' for input:\nawsvpcConfiguration\n                   ^",
    );
    expect(error('')).toBe(
      "Error parsing parameter '--network-configuration': Expected: '=', received: 'EOF' for input:\n\n^",
    );
    expect(error('application/json=x')).toBeNull();
    expect(error('k=x[y]z')).toBe(
      "Error parsing parameter '--network-configuration': Expected: ',', received: ']' for input:\nk=x[y]z\n     ^",
    );
  });

  it('names the regex it needed when a value is missing or a quote is never closed', () => {
    expect(error('a=b,')).toBe(
      "Error parsing parameter '--network-configuration': Expected: '<second>', received: '<none>' for input:\na=b,\n    ^",
    );
    expect(error("a='open")).toBe(
      "Error parsing parameter '--network-configuration': Expected: '<singled quoted>', received: '<none>' for input:\na='open\n  ^",
    );
    expect(error('a=[b,c')).toBe(
      "Error parsing parameter '--network-configuration': Expected: ',', received: 'EOF' for input:\na=[b,c\n      ^",
    );
  });

  it('puts the caret on the failing line of a multi-line value', () => {
    expect(error('foo=bar,\nbar==baz')).toBe(
      "Error parsing parameter '--network-configuration': Expected: ',', received: '=' for input:\nfoo=bar,\nbar==baz\n    ^",
    );
  });

  it('refuses a repeated top-level key with the CLI’s hint about a comma instead of a space', () => {
    expect(error('a=b,a=c')).toBe(
      'Error parsing parameter \'--network-configuration\': Second instance of key "a" encountered for input:\na=b,a=c\n    ^\nThis is often because there is a preceeding "," instead of a space.',
    );
  });

  it('loads a value from a file with @= and reports an unreadable one bare, as the CLI does', () => {
    expect(parse('Key@=file://tag.txt')).toEqual({ ok: true, value: { Key: 'from a file' } });
    expect(parse('Key=file://tag.txt')).toEqual({ ok: true, value: { Key: 'file://tag.txt' } });
    expect(error('Key@=file://missing.txt')).toBe(
      "Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'",
    );
  });

  it('counts the caret in code points, so an emoji is one column', () => {
    expect(error('a=b,😀=c')).toBe(
      "Error parsing parameter '--network-configuration': Expected: '=', received: '😀' for input:\na=b,😀=c\n    ^",
    );
  });
});
