import { describe, expect, it } from 'vitest';
import { isOptionLike, parseArgs, type ParamDef } from './parse-args';

const PARAMS: ParamDef[] = [
  { flag: '--cluster', member: 'cluster', kind: 'string' },
  { flag: '--count', member: 'count', kind: 'integer' },
  { flag: '--task-definition', member: 'taskDefinition', kind: 'string', required: true },
  { flag: '--tasks', member: 'tasks', kind: 'strings' },
  { flag: '--force', member: 'force', kind: 'boolean' },
  { flag: '--placement-strategy', member: 'placementStrategy', kind: 'list' },
];

const ok = (args: string[]) => {
  const parsed = parseArgs(args, PARAMS);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed;
};

describe('parseArgs', () => {
  it('reads --name value and --name=value, as argparse does', () => {
    const parsed = ok(['--task-definition', 'web:1', '--cluster=prod']);
    expect([...parsed.values]).toEqual([
      ['--cluster', 'prod'],
      ['--task-definition', 'web:1'],
    ]);
  });

  it('orders the values as the argument table lists them, not as typed (clidriver builds the call in table order)', () => {
    const parsed = ok(['--count', '2', '--cluster', 'c', '--task-definition', 'web']);
    expect([...parsed.values.keys()]).toEqual(['--cluster', '--count', '--task-definition']);
  });

  it('gives a list parameter every word up to the next option (nargs=+)', () => {
    const parsed = ok(['--tasks', 'a', 'b', 'c', '--task-definition', 'web']);
    expect(parsed.values.get('--tasks')).toEqual(['a', 'b', 'c']);
  });

  it('reads --flag as true and --no-flag as false', () => {
    expect(ok(['--task-definition', 'w', '--force']).values.get('--force')).toBe(true);
    expect(ok(['--task-definition', 'w', '--no-force']).values.get('--force')).toBe(false);
  });

  it('accepts an unambiguous prefix of an option (argparse allow_abbrev)', () => {
    expect(ok(['--task-def', 'web']).values.get('--task-definition')).toBe('web');
  });

  it("refuses an ambiguous prefix with argparse's message", () => {
    expect(parseArgs(['--c', 'x', '--task-definition', 'w'], PARAMS)).toEqual({
      ok: false,
      kind: 'usage',
      message:
        'ambiguous option: --c could match --cluster, --count, --cli-input-json, --color, --ca-bundle, --cli-read-timeout, --cli-connect-timeout, --cli-binary-format, --cli-auto-prompt',
    });
  });

  it('says "expected one argument" when the value is missing or is another option', () => {
    expect(parseArgs(['--cluster'], PARAMS)).toMatchObject({
      message: 'argument --cluster: expected one argument',
    });
    expect(parseArgs(['--cluster', '--force'], PARAMS)).toMatchObject({
      message: 'argument --cluster: expected one argument',
    });
    expect(parseArgs(['--tasks', '--force'], PARAMS)).toMatchObject({
      message: 'argument --tasks: expected at least one argument',
    });
  });

  it('takes a negative number as a value, not an option (argparse _negative_number_matcher)', () => {
    expect(isOptionLike('-5')).toBe(false);
    expect(ok(['--task-definition', 'w', '--count', '-5']).values.get('--count')).toBe('-5');
  });

  it('lists the missing required options in table order', () => {
    expect(parseArgs(['--cluster', 'c'], PARAMS)).toEqual({
      ok: false,
      kind: 'usage',
      message: 'the following arguments are required: --task-definition',
    });
  });

  it('makes every option optional when --cli-input-json is given (OverrideRequiredArgsArgument)', () => {
    const parsed = ok(['--cli-input-json', 'file://x.json']);
    expect(parsed.cliInputJson).toBe('file://x.json');
  });

  it('collects unknown options and stray words for "Unknown options:"', () => {
    expect(parseArgs(['--task-definition', 'w', 'extra', '--bogus', 'v'], PARAMS)).toEqual({
      ok: false,
      kind: 'unknown',
      unknown: ['extra', '--bogus', 'v'],
    });
  });

  it('reports a missing required option before unknown ones, as argparse does', () => {
    expect(parseArgs(['--bogus'], PARAMS)).toMatchObject({ kind: 'usage' });
  });

  it('reads the global options anywhere on the line', () => {
    const parsed = ok(['--region', 'us-east-1', '--task-definition', 'w', '--debug', '--output=json']);
    expect([...parsed.globals]).toEqual([
      ['--region', 'us-east-1'],
      ['--debug', true],
      ['--output', 'json'],
    ]);
  });

  it("refuses a value given to a flag with argparse's message", () => {
    expect(parseArgs(['--force=yes'], PARAMS)).toMatchObject({
      message: "argument --force: ignored explicit argument 'yes'",
    });
  });

  it('takes positional words when the operation has some (aws logs tail GROUP)', () => {
    const parsed = parseArgs(
      ['/ecs/web', '--since', '5m'],
      [{ flag: '--since', member: 'since', kind: 'string' }],
      {
        positionals: 1,
      },
    );
    expect(parsed).toMatchObject({ ok: true, positionals: ['/ecs/web'] });
  });
});
