import { describe, expect, it } from 'vitest';
import { cliFiles } from './cli-files';
import { BOOLEAN, INTEGER, listOf, STRING, structure } from './input-shape';
import { parseStructuredParam } from './structured-param';

const files = cliFiles({
  'containers.json': '[\n  {"name": "web", "image": "nginx", "memory": 128}\n]\n',
  'broken.json': '[\n  {"name": "web",\n   "image": "nginx"\n   "memory": 128}\n]',
  'network.json': '{"awsvpcConfiguration": {"subnets": ["subnet-1"]}}',
});

const capacityProviderStrategy = listOf(
  structure({ capacityProvider: STRING, weight: INTEGER, base: INTEGER }),
);
const networkConfiguration = structure({
  awsvpcConfiguration: structure({
    subnets: listOf(STRING),
    securityGroups: listOf(STRING),
    assignPublicIp: STRING,
  }),
});

describe('parseStructuredParam', () => {
  it('reads a file:// value first, then parses its text as JSON', () => {
    expect(
      parseStructuredParam(['file://containers.json'], '--container-definitions', 'list', files),
    ).toEqual({
      ok: true,
      value: [{ name: 'web', image: 'nginx', memory: 128 }],
    });
    expect(
      parseStructuredParam(['file://network.json'], '--network-configuration', networkConfiguration, files),
    ).toEqual({
      ok: true,
      value: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    });
  });

  it('reports a missing file as the CLI does, naming the parameter and Python’s OSError', () => {
    expect(parseStructuredParam(['file://taskdef.json'], '--container-definitions', 'list', files)).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--container-definitions': Unable to load paramfile file://taskdef.json: [Errno 2] No such file or directory: 'taskdef.json'",
    });
  });

  it('reports bad JSON as Invalid JSON with Python’s message, then the JSON it received', () => {
    const result = parseStructuredParam(['file://broken.json'], '--container-definitions', 'list', files);
    expect(result).toEqual({
      ok: false,
      error:
        'Error parsing parameter \'--container-definitions\': Invalid JSON: Expecting \',\' delimiter: line 4 column 4 (char 43)\nJSON received: [\n  {"name": "web",\n   "image": "nginx"\n   "memory": 128}\n]',
    });
    expect(parseStructuredParam(['{"a": 1,}'], '--deployment-configuration', 'structure')).toEqual({
      ok: false,
      error:
        'Error parsing parameter \'--deployment-configuration\': Invalid JSON: Illegal trailing comma before end of object: line 1 column 8 (char 7)\nJSON received: {"a": 1,}',
    });
  });

  it('refuses a list where a structure is expected with the bare Invalid JSON form', () => {
    expect(parseStructuredParam(['[1]'], '--network-configuration', 'structure')).toEqual({
      ok: false,
      error: "Error parsing parameter '--network-configuration': Invalid JSON:\n[1]",
    });
  });

  it('parses shorthand and converts it with the model: integers, one-item lists (argprocess BackCompatVisitor)', () => {
    expect(
      parseStructuredParam(
        ['capacityProvider=FARGATE_SPOT,weight=3', 'capacityProvider=FARGATE,weight=1,base=2'],
        '--capacity-provider-strategy',
        capacityProviderStrategy,
      ),
    ).toEqual({
      ok: true,
      value: [
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        { capacityProvider: 'FARGATE', weight: 1, base: 2 },
      ],
    });
    expect(
      parseStructuredParam(
        ['awsvpcConfiguration={subnets=subnet-1,securityGroups=[sg-1,sg-2],assignPublicIp=ENABLED}'],
        '--network-configuration',
        networkConfiguration,
      ),
    ).toEqual({
      ok: true,
      value: {
        awsvpcConfiguration: {
          subnets: ['subnet-1'],
          securityGroups: ['sg-1', 'sg-2'],
          assignPublicIp: 'ENABLED',
        },
      },
    });
  });

  it('prints Python’s bare int() error when a shorthand number is not a number', () => {
    expect(
      parseStructuredParam(
        ['capacityProvider=FARGATE,weight=one'],
        '--capacity-provider-strategy',
        capacityProviderStrategy,
      ),
    ).toEqual({
      ok: false,
      error: "invalid literal for int() with base 10: 'one'",
    });
  });

  it('converts only true/false for booleans and leaves other text for parameter validation', () => {
    const shape = structure({ enable: BOOLEAN, rollback: BOOLEAN });
    expect(parseStructuredParam(['enable=TRUE,rollback=maybe'], '--circuit-breaker', shape)).toEqual({
      ok: true,
      value: { enable: true, rollback: 'maybe' },
    });
  });

  it('reads a string list word by word, or as one JSON list', () => {
    expect(parseStructuredParam(['subnet-1', 'subnet-2'], '--subnets', 'string-list')).toEqual({
      ok: true,
      value: ['subnet-1', 'subnet-2'],
    });
    expect(parseStructuredParam(['["subnet-1","subnet-2"]'], '--subnets', 'string-list')).toEqual({
      ok: true,
      value: ['subnet-1', 'subnet-2'],
    });
  });

  it('shows a list’s first word when one of its numbers is not a number', () => {
    expect(parseStructuredParam(['80', 'x'], '--ports', listOf(INTEGER))).toEqual({
      ok: false,
      error: "Error parsing parameter '--ports': 80",
    });
  });

  it('parses each word of a list of structures on its own, JSON or not', () => {
    expect(
      parseStructuredParam(['{"type": "spread"}', '{"type": "binpack"}'], '--placement-strategy', 'list'),
    ).toEqual({
      ok: true,
      value: [{ type: 'spread' }, { type: 'binpack' }],
    });
    expect(
      parseStructuredParam(['{"type": "spread"}', 'type=binpack'], '--placement-strategy', 'list'),
    ).toEqual({
      ok: false,
      error: "Error parsing parameter '--placement-strategy': Invalid JSON:\ntype=binpack",
    });
  });

  it('passes the CLI’s shorthand error through for a structure', () => {
    expect(
      parseStructuredParam(['awsvpcConfiguration'], '--network-configuration', networkConfiguration),
    ).toEqual({
      ok: false,
      error:
        "Error parsing parameter '--network-configuration': Expected: '=', received: 'EOF' for input:\nawsvpcConfiguration\n                   ^",
    });
  });

  it('says a value is missing when no word follows the option', () => {
    expect(parseStructuredParam([], '--network-configuration', 'structure')).toEqual({
      ok: false,
      error: 'argument --network-configuration: expected one argument',
    });
  });
});
