import type { Drill } from '../types';
import type { EcsState, TaskDefinition } from '../../sim/ecs/types';
import { parseImageRef } from '../../sim/ecs/images';
import { goalCheck } from './checks';

/** The task-definitions lesson's drill: the seed's webserver definition, fixed until it runs on Fargate. */

const NGINX = 'docker.io/library/nginx';

/** The seed's intent: an ACTIVE webserver revision validated for Fargate, 256 CPU units, 512 MiB, the nginx container. */
function meetsTheSeed(definition: TaskDefinition): boolean {
  return (
    definition.family === 'webserver' &&
    definition.status === 'ACTIVE' &&
    definition.compatibilities.includes('FARGATE') &&
    definition.cpu === 256 &&
    definition.memory === 512 &&
    definition.containerDefinitions.some((c) => parseImageRef(c.image).repository === NGINX)
  );
}

export const fixTheSeed: Drill<EcsState> = {
  id: 'task-definitions/fix-the-seed',
  simulator: 'ecs',
  preset: 'drill-fix-the-seed',
  title: 'Fix the seed',
  situation:
    'The study notes’ webserver task definition is in webserver.json, and aws ecs register-task-definition --cli-input-json file://webserver.json is refused. We want it running on Fargate in the empty cluster default.',
  goal: 'A valid ACTIVE revision of webserver (Fargate-compatible, 256 CPU units and 512 MiB, the nginx container) and a task of it RUNNING on Fargate.',
  check: (state) => {
    const good = state.taskDefinitions.filter(meetsTheSeed).map((d) => d.arn);
    return [
      goalCheck(
        'An ACTIVE webserver revision: Fargate-compatible, 256 CPU units, 512 MiB, nginx',
        good.length > 0,
      ),
      goalCheck(
        'A task of it RUNNING on Fargate',
        state.tasks.some(
          (t) =>
            t.launchType === 'FARGATE' &&
            t.lastStatus === 'RUNNING' &&
            t.desiredStatus === 'RUNNING' &&
            good.includes(t.taskDefinitionArn),
        ),
      ),
    ];
  },
  hints: [
    'Run the command and read the whole error: which parameters does it name, and what type does it want?',
    'The CLI checks types before anything reaches ECS: a container’s cpu and memory must be numbers, and the seed has the strings "99" and "100". The task-level "cpu" and "memory" may stay strings.',
    'Register it with the container’s numbers unquoted (webserver-fixed.json is exactly that), then: aws ecs run-task --task-definition webserver --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}".',
  ],
  solution: [
    {
      line: 'aws ecs register-task-definition --cli-input-json file://webserver.json',
      why: 'Refused before it reaches ECS: the container’s memory and cpu are strings, and the CLI wants integers.',
    },
    {
      line: 'aws ecs register-task-definition --cli-input-json file://webserver-fixed.json',
      why: 'The same definition with numbers: webserver:1 registers, validated for FARGATE.',
    },
    {
      line: 'aws ecs run-task --task-definition webserver --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}"',
      why: 'A Fargate task has its own network interface, so it needs a subnet. The default VPC’s subnets are public and have no NAT gateway: the task needs a public IP to pull nginx from Docker Hub.',
    },
    { line: 'sleep 1m', why: 'Fargate provisions the task, pulls the image and starts nginx.' },
    { line: 'aws ecs list-tasks', why: 'The task is listed; describe-tasks shows lastStatus RUNNING.' },
  ],
  skill: 'task-definitions',
};
