import { describe, expect, it } from 'vitest';
import { cliFiles } from './cli-files';
import { readCliInputJson } from './cli-input-json';

const files = cliFiles({
  'taskdef.json': '{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}',
  'trailing.json': '{\n  "family": "web",\n}\n',
  'list.json': '[{"family": "web"}]',
});

describe('readCliInputJson', () => {
  it('reads the operation’s parameters from a file:// value or from the text itself (aws-cli cliinput.py)', () => {
    expect(readCliInputJson('file://taskdef.json', files)).toEqual({
      ok: true,
      value: { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx' }] },
    });
    expect(readCliInputJson('{"cluster": "default"}')).toEqual({ ok: true, value: { cluster: 'default' } });
  });

  it('names the option with dashes when the file is missing (the generic paramfile handler)', () => {
    expect(readCliInputJson('file://aws/json/xray.json', files)).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--cli-input-json': Unable to load paramfile file://aws/json/xray.json: [Errno 2] No such file or directory: 'aws/json/xray.json'",
    });
  });

  it('says only "Invalid JSON received." for bad JSON, naming the option without dashes', () => {
    expect(readCliInputJson('file://trailing.json', files)).toEqual({
      ok: false,
      error: "Error parsing parameter 'cli-input-json': Invalid JSON received.",
    });
    // A path without file:// is taken as JSON text, which is how learners usually meet this error.
    expect(readCliInputJson('taskdef.json', files)).toEqual({
      ok: false,
      error: "Error parsing parameter 'cli-input-json': Invalid JSON received.",
    });
  });

  it('refuses JSON that is not an object with Python’s type name', () => {
    expect(readCliInputJson('file://list.json', files)).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>",
    });
    expect(readCliInputJson('1.0')).toMatchObject({
      error: expect.stringMatching(/received <class 'float'>$/),
    });
    expect(readCliInputJson('1')).toMatchObject({ error: expect.stringMatching(/received <class 'int'>$/) });
    expect(readCliInputJson('null')).toMatchObject({
      error: expect.stringMatching(/received <class 'NoneType'>$/),
    });
  });
});
