import { describe, expect, it } from 'vitest';
import { ECS_EXAMPLE_FILES } from '../sim/ecs/example-files';
import { cliDiagnostics } from './cli-diagnostics';
import { draftMarks, fargateDraft } from './testing/editor-test-session';

const seed = ECS_EXAMPLE_FILES['webserver.json'] ?? '';

describe('cliDiagnostics', () => {
  it('is empty when the console accepted the draft', () => {
    expect(draftMarks(ECS_EXAMPLE_FILES['webserver-fixed.json'] ?? '').marks).toEqual([]);
    expect(cliDiagnostics('{}', 'anything', false)).toEqual([]);
  });

  it("marks the seed's string memory and cpu where botocore names them", () => {
    const { marks, output } = draftMarks(seed);
    expect(output).toMatch(/^Parameter validation failed:/);
    expect(marks).toEqual([
      {
        covers: '"100"',
        says: "Invalid type for parameter containerDefinitions[0].memory, value: 100, type: <class 'str'>, valid types: <class 'int'>",
      },
      {
        covers: '"99"',
        says: "Invalid type for parameter containerDefinitions[0].cpu, value: 99, type: <class 'str'>, valid types: <class 'int'>",
      },
    ]);
  });

  it('marks the character where Python stopped reading, with its message', () => {
    const text = '{\n  "family": "web"\n  "containerDefinitions": []\n}\n';
    const check = draftMarks(text);
    expect(check.output.split('\n')[0]).toBe(
      "Error parsing parameter 'cli-input-json': Invalid JSON received.",
    );
    const [diagnostic] = check.diagnostics;
    expect(diagnostic?.from).toBe(text.indexOf('"containerDefinitions"'));
    expect(diagnostic?.message).toContain(
      "Python's json module: Expecting ',' delimiter: line 3 column 3 (char 22)",
    );
    // The console's hint line travels with the diagnostic it explains.
    expect(diagnostic?.message).toContain('Dockyard: draft.json is not valid JSON');
  });

  it('counts code points like Python when placing a JSON error after an emoji', () => {
    const text = '{"family": "🐳 web", ]';
    const [diagnostic] = draftMarks(text).diagnostics;
    expect(text.slice(diagnostic?.from, diagnostic?.to)).toBe(']');
  });

  it('marks the end of a truncated file', () => {
    const text = '{"family": "web"';
    const [diagnostic] = draftMarks(text).diagnostics;
    expect(diagnostic?.to).toBe(text.length);
  });

  it('marks an unknown parameter at its key, at the top level and inside a container', () => {
    expect(draftMarks(fargateDraft({ memorySize: 1 }, { foo: 1 })).marks.map((m) => m.covers)).toEqual([
      '"foo"',
      '"memorySize"',
    ]);
  });

  it('puts a missing top-level parameter on line 1, a missing member at its structure', () => {
    const missingFamily = draftMarks('{\n  "containerDefinitions": []\n}\n');
    expect(missingFamily.marks).toEqual([
      { covers: '{', says: 'Missing required parameter in input: "family"' },
    ]);
    const missingSize = draftMarks(fargateDraft({}, { ephemeralStorage: {} }));
    expect(missingSize.marks).toEqual([
      { covers: '"ephemeralStorage"', says: 'Missing required parameter in ephemeralStorage: "sizeInGiB"' },
    ]);
  });

  it('marks a value below its minimum length', () => {
    const { marks } = draftMarks(fargateDraft({}, { tags: [{ key: '', value: 'x' }] }));
    expect(marks).toEqual([
      { covers: '""', says: 'Invalid length for parameter tags[0].key, value: 0, valid min length: 1' },
    ]);
  });

  it('finds map keys that contain dots, which botocore prints joined with dots', () => {
    const { marks } = draftMarks(fargateDraft({ dockerLabels: { 'com.example.tier': 5 } }));
    expect(marks.map((m) => m.covers)).toEqual(['5']);
  });

  it('marks a list given where a structure belongs, in a list item without a key, at its bracket', () => {
    const { marks } = draftMarks('{"family": "web", "containerDefinitions": [[]]}');
    expect(marks).toEqual([
      {
        covers: '[',
        says: "Invalid type for parameter containerDefinitions[0], value: [], type: <class 'list'>, valid types: <class 'dict'>",
      },
    ]);
  });

  it('puts a refusal that names no field, such as a non-object file, on line 1', () => {
    const { marks } = draftMarks('[1]\n');
    expect(marks).toEqual([
      {
        covers: '[1]',
        says: "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>",
      },
    ]);
  });

  it('places ECS refusals on the field they name (container memory above the task memory)', () => {
    const { marks } = draftMarks(fargateDraft({ memory: 1000 }));
    expect(marks.map((m) => m.covers)).toEqual(['1000', '"512"']);
    expect(marks[0]?.says).toBe(
      "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: The 'memory' setting for container is greater than for the task",
    );
  });

  it('places an unknown ECS message on line 1', () => {
    const text = fargateDraft();
    const output =
      'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Something new.';
    expect(cliDiagnostics(text, output, true)).toEqual([{ from: 0, to: 1, message: output }]);
  });
});
