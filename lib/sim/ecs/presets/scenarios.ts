import type { Preset } from '../../core/types';
import {
  WEB_TARGET_GROUP,
  awslogs,
  EXECUTION_ROLE_ARN,
  CREATE_DEFAULT_CLUSTER,
  createLogGroup,
  createService,
  createTargetGroup,
  instancePerAz,
  registerTaskDefinition,
  runInstances,
  shortDeregistrationDelay,
  WAIT_FOR_AGENTS,
  webDefinition,
} from './lines';

/** nginx as a per-host proxy: one copy per instance, which is what a DAEMON service is for. */
const EDGE_PROXY_DEFINITION = {
  family: 'edge-proxy',
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  executionRoleArn: EXECUTION_ROLE_ARN,
  containerDefinitions: [
    {
      name: 'proxy',
      image: 'nginx:1.27',
      cpu: 128,
      memory: 128,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80 }],
      logConfiguration: awslogs('/ecs/edge-proxy'),
    },
  ],
};

export const SCENARIO_PRESETS: readonly Preset[] = [
  {
    id: 'single-instance',
    title: 'One instance, one service',
    description:
      'The default cluster with a single m5.xlarge container instance in us-east-1a, running the web service: 3 tasks in bridge mode with dynamic host ports, registered in the load balancer’s target group web-tg. Easy, but with no high availability: everything is on one host in one Availability Zone.',
    seed: 21,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      runInstances('a', { type: 'm5.xlarge' }),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 3, targetGroupArn: WEB_TARGET_GROUP }),
    ],
    startAt: 240_000,
  },
  {
    id: 'web-service',
    title: 'A web service across three Availability Zones',
    description:
      'Three m5.large container instances, one per Availability Zone, running the web service: 6 tasks of web:1.5.0, two in each zone, behind the load balancer’s target group web-tg, with the deployment circuit breaker and rollback on. All targets are healthy.',
    seed: 22,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      WAIT_FOR_AGENTS,
      createService({
        taskDefinition: 'web:1',
        desiredCount: 6,
        targetGroupArn: WEB_TARGET_GROUP,
        circuitBreaker: true,
      }),
    ],
    startAt: 240_000,
  },
  {
    id: 'rolling-update',
    title: 'Ready for a rolling update',
    description:
      'The web service runs 4 tasks of web:1 (image web:1.4.2) on three container instances behind the load balancer, with minimumHealthyPercent 100 and maximumPercent 200. Revision web:2 (image web:1.5.0) is registered but not deployed.',
    seed: 23,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.4.2' })),
      WAIT_FOR_AGENTS,
      createService({ taskDefinition: 'web:1', desiredCount: 4, targetGroupArn: WEB_TARGET_GROUP }),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
    ],
    startAt: 240_000,
  },

  {
    id: 'circuit-breaker',
    title: 'A deployment the circuit breaker will stop',
    description:
      'The web service runs 4 tasks of web:1 (image web:1.4.2) behind the load balancer with the deployment circuit breaker and rollback on. Revision web:2 (image web:1.6.0, which exits at start without a DATABASE_URL variable) is registered but not deployed.',
    seed: 24,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      ...instancePerAz(),
      registerTaskDefinition(webDefinition({ tag: '1.4.2' })),
      WAIT_FOR_AGENTS,
      createService({
        taskDefinition: 'web:1',
        desiredCount: 4,
        targetGroupArn: WEB_TARGET_GROUP,
        circuitBreaker: true,
      }),
      registerTaskDefinition(webDefinition({ tag: '1.6.0' })),
    ],
    startAt: 240_000,
  },
  {
    id: 'daemon-and-replica',
    title: 'A daemon service and a replica service',
    description:
      'Three m5.large container instances, one per Availability Zone. The DAEMON service edge-proxy runs one nginx task on every instance (static host port 80); the REPLICA service web runs 4 tasks behind the load balancer, spread across the zones.',
    seed: 26,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createTargetGroup('web-tg'),
      shortDeregistrationDelay(WEB_TARGET_GROUP),
      createLogGroup('/ecs/web'),
      createLogGroup('/ecs/edge-proxy'),
      ...instancePerAz(),
      registerTaskDefinition(EDGE_PROXY_DEFINITION),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      WAIT_FOR_AGENTS,
      'aws ecs create-service --cluster default --service-name edge-proxy --task-definition edge-proxy:1 --scheduling-strategy DAEMON --launch-type EC2',
      createService({ taskDefinition: 'web:1', desiredCount: 4, targetGroupArn: WEB_TARGET_GROUP }),
    ],
    startAt: 240_000,
  },
];
