import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_FILES } from '../types';
import { filesContext, ecsConsole } from './ecs-console-driver';
import { buildErrorHint, trailingCommaLine, validationHint } from './input-hints';

const INVALID = "Error parsing parameter 'cli-input-json': Invalid JSON received.";
const WEB = readFileSync(fileURLToPath(new URL('./scripts/web-fargate.json', import.meta.url)), 'utf8');
/** A definition whose last member ends with a comma, as editors leave it after deleting a line. */
const TRAILING = WEB.replace(/,\n\s*"containerDefinitions"[\s\S]*$/, ',\n}\n');

describe('trailingCommaLine', () => {
  it('finds a comma right before } or ] outside strings, with its line', () => {
    expect(trailingCommaLine('{\n  "a": 1,\n}')).toEqual({ line: 2, closer: '}' });
    expect(trailingCommaLine('[1, 2 ,  ]')).toEqual({ line: 1, closer: ']' });
    expect(trailingCommaLine('{"a": ",}", "b": [1, 2]}')).toBeNull();
    expect(trailingCommaLine('{"a": "\\",}"}')).toBeNull();
  });
});

describe('buildErrorHint', () => {
  it('tells a --cli-input-json path without file:// to add it', () => {
    expect(buildErrorHint(INVALID, new Map(), 'td.json', NO_FILES)).toBe(
      'to read a file, write --cli-input-json file://td.json (without file:// the CLI reads the words "td.json" themselves as JSON).',
    );
  });

  it('points at the trailing comma of a --cli-input-json file, inline JSON and a parameter file', () => {
    const context = filesContext({ 'td.json': TRAILING });
    expect(buildErrorHint(INVALID, new Map(), 'file://td.json', context)).toMatch(
      /^td\.json has a comma before "\}" on line 7: JSON allows no trailing comma, so delete it\.$/,
    );
    expect(buildErrorHint(INVALID, new Map(), '{"family": "x",}', NO_FILES)).toMatch(/^the JSON has a comma/);
    const paramError =
      "Error parsing parameter '--container-definitions': Invalid JSON: Expecting value: line 1 column 9 (char 8)";
    expect(
      buildErrorHint(paramError, new Map([['--container-definitions', '[{"a": 1},]']]), null, NO_FILES),
    ).toMatch(/^the --container-definitions value has a comma before "\]"/);
  });

  it('keeps the number hint for int() errors and stays quiet otherwise', () => {
    expect(
      buildErrorHint("invalid literal for int() with base 10: 'two'", new Map(), null, NO_FILES),
    ).toMatch(/number/);
    expect(buildErrorHint(INVALID, new Map(), 'file://nope.json', NO_FILES)).toBeNull();
  });

  it('prints the hint under the real error in the console', () => {
    const sim = ecsConsole(1, { 'td.json': WEB }).type(
      'aws ecs register-task-definition --cli-input-json td.json',
    );
    expect(sim.toolOutput()).toBe(INVALID);
    expect(sim.hint()).toMatch(/^Dockyard: to read a file, write --cli-input-json file:\/\/td\.json/);
    const comma = ecsConsole(1, { 'td.json': TRAILING }).type(
      'aws ecs register-task-definition --cli-input-json file://td.json',
    );
    expect(comma.toolOutput()).toBe(INVALID);
    expect(comma.hint()).toMatch(/^Dockyard: td\.json has a comma before "\}"/);
  });
});

describe('validationHint', () => {
  const EXPRESSION = 'attribute:ecs.availability-zone in [us-east-1b, us-east-1c]';

  it('gives the JSON form when shorthand split a placement expression at its comma (§4.3)', () => {
    expect(
      validationHint({
        placementConstraints: [
          { type: 'memberOf', expression: ['attribute:ecs.availability-zone in [us-east-1b', 'us-east-1c]'] },
        ],
      }),
    ).toBe(
      'shorthand splits a value at each comma, so the expression became a list. Give the JSON form instead:\n' +
        `  --placement-constraints '[{"type":"memberOf","expression":"${EXPRESSION}"}]'`,
    );
    expect(
      validationHint({ placementConstraints: [{ type: 'memberOf', expression: EXPRESSION }] }),
    ).toBeNull();
  });

  it("prints botocore's report first, then the JSON form, and the JSON form is accepted", () => {
    const sim = ecsConsole().setup(
      'aws ecs create-cluster',
      'aws ecs register-task-definition --family b --container-definitions \'[{"name":"web","image":"nginx","memory":128}]\'',
    );
    const split = sim.type(
      `aws ecs run-task --task-definition b --placement-constraints 'type=memberOf,expression=${EXPRESSION}'`,
    );
    expect(split.toolOutput()).toMatch(
      /^Parameter validation failed:\nInvalid type for parameter placementConstraints\[0\]\.expression, value: \[/,
    );
    const suggested = /\n {2}(--placement-constraints .*)$/.exec(split.hint())?.[1] ?? '';
    expect(suggested).not.toBe('');
    const fixed = sim.type(`aws ecs run-task --task-definition b ${suggested}`);
    // The cluster has no instances: ECS itself now answers, so the request got through.
    expect(fixed.toolOutput()).toMatch(
      /^An error occurred \(InvalidParameterException\) when calling the RunTask/,
    );
  });
});
