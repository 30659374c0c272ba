import type { Preset } from '../../core/types';
import {
  awslogs,
  CREATE_DEFAULT_CLUSTER,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
  WAIT_FOR_AGENTS,
  webDefinition,
} from './lines';

/** A 2 GiB cache (redis): big enough that a few of them fill an instance visibly. */
const CACHE_DEFINITION = {
  family: 'cache',
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  containerDefinitions: [
    {
      name: 'redis',
      image: 'redis:7.4',
      cpu: 256,
      memory: 2048,
      essential: true,
      portMappings: [{ containerPort: 6379, hostPort: 0 }],
      logConfiguration: awslogs('/ecs/cache'),
    },
  ],
};

/** Standalone cache tasks pinned to one instance type, to leave the cluster unevenly filled. */
function cacheTasksOn(instanceType: string, count: number): string {
  return `aws ecs run-task --cluster default --task-definition cache:1 --count ${count} --launch-type EC2 --placement-constraints "type=memberOf,expression=attribute:ecs.instance-type == ${instanceType}"`;
}

export const PLACEMENT_PRESETS: readonly Preset[] = [
  {
    id: 'placement-playground',
    title: 'Placement playground',
    description:
      'Four container instances of different sizes: a t3.medium and a t3.large in us-east-1a, an m5.large in us-east-1b with three 2 GiB cache tasks on it, and an m5.xlarge in us-east-1c with one. Task definition web:1 (512 MiB) is registered but not running: binpack on memory puts it on the nearly full m5.large, while spread across Availability Zones with --count 3 puts one task in each zone.',
    seed: 25,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/cache'),
      createLogGroup('/ecs/web'),
      runInstances('a', { type: 't3.medium' }),
      runInstances('a', { type: 't3.large' }),
      runInstances('b', { type: 'm5.large' }),
      runInstances('c', { type: 'm5.xlarge' }),
      registerTaskDefinition(CACHE_DEFINITION),
      WAIT_FOR_AGENTS,
      cacheTasksOn('m5.large', 3),
      cacheTasksOn('m5.xlarge', 1),
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
    ],
    startAt: 150_000,
  },
];
