import { describe, expect, it } from 'vitest';
import { NETWORK_CONFIGURATION } from '../../aws/param-validation';
import { filesContext } from '../ecs-console-driver';
import { buildInput } from './param-values';
import type { ParamDef, RawValue } from './parse-args';

const PARAMS: ParamDef[] = [
  { flag: '--cluster', member: 'cluster', kind: 'string' },
  { flag: '--count', member: 'count', kind: 'integer' },
  {
    flag: '--network-configuration',
    member: 'networkConfiguration',
    kind: 'structure',
    shape: NETWORK_CONFIGURATION,
  },
  { flag: '--tasks', member: 'tasks', kind: 'strings' },
  { flag: '--force', member: 'force', kind: 'boolean' },
];

const files = filesContext({
  'input.json': '{"cluster": "from-file", "count": 3, "family": "web"}',
  'script.sh': '#!/bin/bash\necho hi\n',
});

const build = (values: [string, RawValue][], cliInputJson: string | null = null) =>
  buildInput(PARAMS, new Map(values), cliInputJson, files);

describe('buildInput', () => {
  it('converts each kind to the API value', () => {
    expect(
      build([
        ['--cluster', 'prod'],
        ['--count', '2'],
        ['--tasks', ['a', 'b']],
        ['--force', false],
      ]),
    ).toEqual({ ok: true, input: { cluster: 'prod', count: 2, tasks: ['a', 'b'], force: false } });
  });

  it("prints Python's own int() error for a non-number, which the CLI does not wrap (argprocess.py)", () => {
    expect(build([['--count', 'two']])).toEqual({
      ok: false,
      error: "invalid literal for int() with base 10: 'two'",
    });
  });

  it('reads a scalar from file:// (awscli/paramfile.py)', () => {
    expect(build([['--cluster', 'file://script.sh']])).toMatchObject({
      input: { cluster: '#!/bin/bash\necho hi\n' },
    });
  });

  it("reports a missing file in the CLI's words", () => {
    expect(build([['--cluster', 'file://nope.txt']])).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--cluster': Unable to load paramfile file://nope.txt: [Errno 2] No such file or directory: 'nope.txt'",
    });
  });

  it('reads shorthand with the model, so list members become lists', () => {
    expect(
      build([['--network-configuration', 'awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=ENABLED}']]),
    ).toEqual({
      ok: true,
      input: {
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'ENABLED' } },
      },
    });
  });

  it('lets options on the line win over --cli-input-json, whose other members follow (cliinput.py)', () => {
    expect(build([['--cluster', 'typed']], 'file://input.json')).toEqual({
      ok: true,
      input: { cluster: 'typed', count: 3, family: 'web' },
    });
  });

  it('keeps a "__proto__" member of --cli-input-json as data', () => {
    const result = buildInput([], new Map(), '{"__proto__": {"polluted": 1}}', files);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.input)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });

  it("reports bad --cli-input-json JSON in the CLI's words", () => {
    expect(build([], '{nope')).toEqual({
      ok: false,
      error: "Error parsing parameter 'cli-input-json': Invalid JSON received.",
    });
  });
});
