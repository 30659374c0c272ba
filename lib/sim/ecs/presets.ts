import type { Preset } from '../core/types';
import { instancePerAz } from './presets/lines';
import { DRILL_PRESETS } from './presets/drills';
import { PLACEMENT_PRESETS } from './presets/placement';
import { SCENARIO_PRESETS } from './presets/scenarios';
import { SCALING_PRESETS } from './presets/scaling';

/**
 * Starting points for the ECS simulator, each a seed plus console lines (core/types.ts Preset), so
 * the same lines typed by hand reach the same state.
 */
export const ECS_PRESETS: readonly Preset[] = [
  {
    id: 'empty-account',
    title: 'An empty account',
    description:
      'The default VPC with three subnets (one per Availability Zone), the usual ECS IAM roles and a load balancer; no cluster, no instances.',
    seed: 11,
    setup: [],
  },
  {
    id: 'three-instances',
    title: 'A cluster across three Availability Zones',
    description:
      'The default cluster with one m5.large container instance in each Availability Zone, registered by its ECS agent, and a log group for the web app.',
    seed: 12,
    setup: [
      'aws ecs create-cluster --cluster-name default',
      ...instancePerAz(),
      'aws logs create-log-group --log-group-name /ecs/web',
    ],
    startAt: 120_000,
  },
  ...SCENARIO_PRESETS,
  ...SCALING_PRESETS,
  ...PLACEMENT_PRESETS,
  ...DRILL_PRESETS,
];
