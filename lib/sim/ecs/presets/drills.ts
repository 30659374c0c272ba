import type { Preset } from '../../core/types';
import { roleArn } from '../catalog';
import {
  WEB_TARGET_GROUP,
  ALL_SUBNETS,
  awslogs,
  CREATE_DEFAULT_CLUSTER,
  createLogGroup,
  createService,
  createTargetGroup,
  EXECUTION_ROLE_ARN,
  instancePerAz,
  privateImage,
  registerTaskDefinition,
  shortDeregistrationDelay,
  WAIT_FOR_AGENTS,
  webDefinition,
} from './lines';

/**
 * The starting points of the failure drills (lib/drills): each ends with something failing, the
 * way a colleague would find it. Ids are `drill-<short name>`; the drills name them.
 */

/**
 * The web app on Fargate from the private ECR repository, its definition copied from photo-api's
 * with that app's task role left in the execution role field. (With no execution role at all,
 * Fargate refuses to register an ECR image, and on EC2 the agent pulls with the instance role, §2.2.)
 */
const FARGATE_WEB_WRONG_EXECUTION_ROLE = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn('photoApiTaskRole'),
  containerDefinitions: [
    {
      name: 'web',
      image: privateImage('web', '1.5.0'),
      essential: true,
      portMappings: [{ containerPort: 8080 }],
    },
  ],
};

/** photo-api reads its albums from S3 but the definition names no task role. */
const PHOTO_API_WITHOUT_TASK_ROLE = {
  family: 'photo-api',
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  executionRoleArn: EXECUTION_ROLE_ARN,
  containerDefinitions: [
    {
      name: 'photo-api',
      image: privateImage('photo-api', '1.0.0'),
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
      logConfiguration: awslogs('/ecs/photo-api'),
    },
  ],
};

const FARGATE_SUBNETS = `--network-configuration "awsvpcConfiguration={subnets=${ALL_SUBNETS},assignPublicIp=ENABLED}"`;

export const DRILL_PRESETS: readonly Preset[] = [
  {
    id: 'drill-agent-cannot-register',
    title: 'Drill: instances that never join',
    description:
      'Three new instances are running in EC2, but the web service in cluster default still has no tasks.',
    seed: 31,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/web'),
      ...instancePerAz({ profile: 'ssmOnlyInstanceRole' }),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      createService({ taskDefinition: 'web:1', desiredCount: 3 }),
    ],
    startAt: 600_000,
  },
  {
    id: 'drill-private-image-pull',
    title: 'Drill: the image will not pull',
    description:
      'The web service on Fargate uses the web image from the account’s private ECR repository; its task definition was copied from photo-api’s. Its tasks stop before they start.',
    seed: 32,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      registerTaskDefinition(FARGATE_WEB_WRONG_EXECUTION_ROLE),
      `aws ecs create-service --cluster default --service-name web --task-definition web:1 --desired-count 2 --launch-type FARGATE ${FARGATE_SUBNETS}`,
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-port-conflict',
    title: 'Drill: the fourth task',
    description:
      'The web service wants 4 tasks on three container instances, and its task definition maps container port 8080 to host port 80.',
    seed: 33,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.5.0', hostPort: 80 })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 4, targetGroupArn: WEB_TARGET_GROUP }),
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-essential-container-exits',
    title: 'Drill: tasks that keep stopping',
    description:
      'The web service runs web:1.6.0; its tasks start, stop a moment later, and are replaced, over and over.',
    seed: 34,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.6.0' })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 3 }),
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-unhealthy-targets',
    title: 'Drill: replaced over and over',
    description:
      'The web service was updated from web:1 (image web:1.5.0) to web:2 (image web:1.8.0) behind the load balancer; the new tasks keep being replaced and the deployment never finishes.',
    seed: 35,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 3, targetGroupArn: WEB_TARGET_GROUP }),
      'sleep 2m',
      registerTaskDefinition(webDefinition({ tag: '1.8.0' })),
      'aws ecs update-service --cluster default --service web --task-definition web:2',
    ],
    startAt: 720_000,
  },
  {
    id: 'drill-task-role-access-denied',
    title: 'Drill: AccessDenied in the logs',
    description:
      'The photo-api service reads its albums from Amazon S3. Its tasks stop seconds after they start. The role photoApiTaskRole, which may read the bucket, exists.',
    seed: 36,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      'aws iam attach-role-policy --role-name photoApiTaskRole --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      createLogGroup('/ecs/photo-api'),
      ...instancePerAz(),
      registerTaskDefinition(PHOTO_API_WITHOUT_TASK_ROLE),
      WAIT_FOR_AGENTS,
      createService({ name: 'photo-api', taskDefinition: 'photo-api:1', desiredCount: 2 }),
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-missing-log-group',
    title: 'Drill: a task that never starts',
    description:
      'A new task definition sends the web app’s logs to /ecs/web-api. The web service’s tasks stop before their container starts.',
    seed: 37,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.5.0', logGroup: '/ecs/web-api' })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 3 }),
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-insufficient-memory',
    title: 'Drill: nowhere to put it',
    description:
      'The web service’s task definition reserves 8192 MiB for its container (“the instances have 8 GiB”). Three m5.large container instances are registered, and no task starts.',
    seed: 38,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.5.0', memory: 8192 })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 2 }),
    ],
    startAt: 300_000,
  },
  {
    id: 'drill-fix-the-seed',
    title: 'Drill: fix the seed',
    description:
      'An empty cluster named default for Fargate (capacity providers FARGATE and FARGATE_SPOT, FARGATE by default) in the default VPC. The seed’s task definition is in webserver.json.',
    seed: 39,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=FARGATE,weight=1',
    ],
  },
];
