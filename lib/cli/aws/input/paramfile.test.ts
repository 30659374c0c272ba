import { describe, expect, it } from 'vitest';
import { cliFiles } from './cli-files';
import { loadParamFile, paramFilePath, readParamFile } from './paramfile';

const files = cliFiles({ 'user-data.sh': '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\n' });

describe('loadParamFile', () => {
  it('replaces a file:// or fileb:// value with the file’s text (aws-cli paramfile.py)', () => {
    expect(loadParamFile('file://user-data.sh', '--user-data', files)).toEqual({
      ok: true,
      text: '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\n',
      fromFile: true,
    });
    expect(loadParamFile('fileb://./user-data.sh', '--user-data', files)).toMatchObject({
      ok: true,
      fromFile: true,
    });
  });

  it('leaves any other value as typed; CLI v2 does not fetch http:// or https:// values', () => {
    expect(loadParamFile('echo hi', '--user-data', files)).toEqual({
      ok: true,
      text: 'echo hi',
      fromFile: false,
    });
    expect(loadParamFile('https://example.com/x.json', '--x', files)).toEqual({
      ok: true,
      text: 'https://example.com/x.json',
      fromFile: false,
    });
  });

  it('reports a missing file with the CLI’s message and Python’s OSError text', () => {
    expect(loadParamFile('file://x.json', '--cli-input-json', files)).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--cli-input-json': Unable to load paramfile file://x.json: [Errno 2] No such file or directory: 'x.json'",
    });
  });

  it('quotes the path as Python’s repr would, switching quotes around an apostrophe', () => {
    const result = readParamFile("file://it's.json", files);
    expect(result).toEqual({
      kind: 'error',
      message: `Unable to load paramfile file://it's.json: [Errno 2] No such file or directory: "it's.json"`,
    });
  });
});

describe('paramFilePath', () => {
  it('returns the path after the prefix, or null for a plain value', () => {
    expect(paramFilePath('file://a/b.json')).toBe('a/b.json');
    expect(paramFilePath('fileb://c.bin')).toBe('c.bin');
    expect(paramFilePath('files://c')).toBeNull();
  });
});
