import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesBeside, runSimScript, simFromHeader } from '../../../../scripts/sim';

/** The example scripts `npm run sim -- lib/cli/ecs/scripts/NAME.sim` runs. */
function transcript(name: string): string {
  const file = fileURLToPath(new URL(`./${name}.sim`, import.meta.url));
  const text = readFileSync(file, 'utf8');
  expect(simFromHeader(text)).toBe('ecs');
  return runSimScript(text, { seed: 1, sim: 'ecs', events: false }, filesBeside(file));
}

/** Lines that mean a script line itself is wrong (a typo, an option the console lacks). */
const SCRIPT_MISTAKE =
  /^(usage: aws|Unknown options|aws: error|Error parsing parameter|Dockyard: this simulator cannot|console error)/m;

describe('example scripts', () => {
  it.each(['capacity', 'task-definitions', 'run-task', 'services'])(
    '%s.sim runs every line as written',
    (name) => {
      expect(transcript(name)).not.toMatch(SCRIPT_MISTAKE);
    },
  );

  it("task-definitions.sim shows the seed's broken definition refused by botocore, then the fix registered", () => {
    const text = transcript('task-definitions');
    expect(text).toContain(
      "Parameter validation failed:\nInvalid type for parameter containerDefinitions[0].memory, value: 100, type: <class 'str'>, valid types: <class 'int'>\nInvalid type for parameter containerDefinitions[0].cpu, value: 99, type: <class 'str'>, valid types: <class 'int'>",
    );
    expect(text).toContain(
      '"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:2"',
    );
    expect(text).toContain("operation: Invalid 'cpu' setting for task.");
  });

  it('capacity.sim shows two instances registered, and the one without a profile missing', () => {
    expect(transcript('capacity')).toContain('"registeredContainerInstancesCount": 2,');
  });

  it('run-task.sim shows the empty cluster, the port conflict and the launch type refusal', () => {
    const text = transcript('run-task');
    expect(text).toContain('No Container Instances were found in your cluster.');
    expect(text).toContain('"reason": "RESOURCE:PORTS"');
    expect(text).toContain('Task definition does not support launch_type FARGATE.');
  });
});
