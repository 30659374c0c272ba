import type { TaskDefinition } from '../types';
import { isPrivateEcrImage } from './fargate-rules';

/**
 * The container-instance attributes ECS derives from a definition (`requiresAttributes` in
 * DescribeTaskDefinition). The rules and the order are read off real describe-task-definition
 * outputs quoted in public repositories (awslogs + ECR + task role + health check on awsvpc gives
 * exactly: logging-driver.awslogs, docker-remote-api.1.24, execution-role-awslogs, ecr-auth,
 * docker-remote-api.1.19, task-iam-role, container-health-check, execution-role-ecr-pull,
 * docker-remote-api.1.18, task-eni, docker-remote-api.1.29); which Docker API version goes with
 * which feature is inferred from those outputs, not documented.
 */
type Def = Pick<TaskDefinition, 'containerDefinitions' | 'networkMode' | 'executionRoleArn' | 'taskRoleArn'>;

const RULES: readonly (readonly [string, (def: Def) => boolean])[] = [
  [
    'com.amazonaws.ecs.capability.logging-driver.awslogs',
    (d) => uses(d, (c) => c.logConfiguration?.logDriver === 'awslogs'),
  ],
  ['com.amazonaws.ecs.capability.docker-remote-api.1.24', (d) => uses(d, (c) => c.healthCheck !== null)],
  [
    'ecs.capability.execution-role-awslogs',
    (d) => d.executionRoleArn !== null && uses(d, (c) => c.logConfiguration?.logDriver === 'awslogs'),
  ],
  ['com.amazonaws.ecs.capability.ecr-auth', (d) => uses(d, (c) => isPrivateEcrImage(c.image))],
  [
    'com.amazonaws.ecs.capability.docker-remote-api.1.19',
    (d) => uses(d, (c) => c.logConfiguration?.logDriver === 'awslogs'),
  ],
  [
    'com.amazonaws.ecs.capability.docker-remote-api.1.21',
    (d) => uses(d, (c) => c.memoryReservation !== null),
  ],
  [
    'ecs.capability.secrets.asm.environment-variables',
    (d) => uses(d, (c) => c.secrets.some((s) => s.valueFrom.includes(':secretsmanager:'))),
  ],
  [
    'ecs.capability.secrets.ssm.environment-variables',
    (d) => uses(d, (c) => c.secrets.some((s) => !s.valueFrom.includes(':secretsmanager:'))),
  ],
  ['com.amazonaws.ecs.capability.task-iam-role', (d) => d.taskRoleArn !== null],
  ['ecs.capability.container-health-check', (d) => uses(d, (c) => c.healthCheck !== null)],
  [
    'ecs.capability.execution-role-ecr-pull',
    (d) => d.executionRoleArn !== null && uses(d, (c) => isPrivateEcrImage(c.image)),
  ],
  ['ecs.capability.container-ordering', (d) => uses(d, (c) => c.dependsOn.length > 0)],
  [
    'com.amazonaws.ecs.capability.docker-remote-api.1.18',
    (d) => d.networkMode === 'awsvpc' || uses(d, (c) => c.logConfiguration !== null),
  ],
  ['ecs.capability.task-eni', (d) => d.networkMode === 'awsvpc'],
  ['com.amazonaws.ecs.capability.docker-remote-api.1.29', (d) => uses(d, (c) => c.logConfiguration !== null)],
];

function uses(def: Def, test: (container: Def['containerDefinitions'][number]) => boolean): boolean {
  return def.containerDefinitions.some(test);
}

/** The attribute names, in the order DescribeTaskDefinition lists them. */
export function requiresAttributes(def: Def): string[] {
  return RULES.filter(([, applies]) => applies(def)).map(([name]) => name);
}
