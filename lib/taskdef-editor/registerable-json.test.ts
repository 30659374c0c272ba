import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../cli/run-console-line';
import { cliFiles } from '../cli/aws/input/cli-files';
import { ecsSimulator } from '../sim/ecs/simulator';
import type { EcsState } from '../sim/ecs/types';
import { ecsSession } from './testing/editor-test-session';
import { READ_ONLY_FIELDS, registerableInput, registerableJson, revisionLabel } from './registerable-json';

const RICH = {
  family: 'web',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '512',
  memory: '1 GB',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx',
      portMappings: [{ containerPort: 80 }],
      environment: [{ name: 'MODE', value: 'demo' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': 'web',
        },
      },
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] },
    },
  ],
};

function registered() {
  const files = { 'web.json': JSON.stringify(RICH) };
  const line = 'aws ecs register-task-definition --cli-input-json file://web.json';
  const result = runConsoleLine(ecsSession(), line, ecsSimulator.cli, cliFiles(files));
  expect(result.isError, result.output).toBe(false);
  return { session: result.session, definition: (result.session.state as EcsState).taskDefinitions[0]! };
}

describe('registerableJson', () => {
  it('keeps what describe-task-definition prints, without the fields ECS sets itself', () => {
    const { definition } = registered();
    const input = registerableInput(definition);
    for (const field of READ_ONLY_FIELDS) expect(input).not.toHaveProperty(field);
    expect(input).toMatchObject({ family: 'web', cpu: '512', memory: '1024', networkMode: 'awsvpc' });
    expect(revisionLabel(definition)).toBe('web:1');
  });

  it('registers again as the next revision, unchanged', () => {
    const { session, definition } = registered();
    const line = 'aws ecs register-task-definition --cli-input-json file://again.json';
    const again = runConsoleLine(
      session,
      line,
      ecsSimulator.cli,
      cliFiles({ 'again.json': registerableJson(definition) }),
    );
    expect(again.isError, again.output).toBe(false);
    const [first, second] = (again.session.state as EcsState).taskDefinitions;
    expect(second?.revision).toBe(2);
    expect(second?.containerDefinitions).toEqual(first?.containerDefinitions);
  });
});
