import { seedRng } from '../core/rng';
import { arn, DEFAULT_SUBNETS, INITIAL_ROLES, VPC_ID } from './catalog';
import type { EcsState } from './types';

/** The Application Load Balancer the account starts with; target groups are created on it. */
export const DEFAULT_LOAD_BALANCER = {
  name: 'dockyard-alb',
  arn: arn('elasticloadbalancing', 'loadbalancer/app/dockyard-alb/50dc6c495c0c9188'),
  dnsName: 'dockyard-alb-1234567890.us-east-1.elb.amazonaws.com',
} as const;

/**
 * A fresh account: the default VPC with three subnets, the usual ECS IAM roles, one
 * internet-facing ALB, and nothing running. There is no ECS cluster until one is created (or the
 * first agent registers into `default`, which creates it, §1.1).
 */
export function initEcsState(seed: number): EcsState {
  return {
    now: 0,
    seed,
    rng: seedRng(seed),
    subnets: DEFAULT_SUBNETS.map((subnet) => ({
      id: subnet.id,
      az: subnet.az,
      cidr: subnet.cidr,
      vpcId: VPC_ID,
      available: true,
    })),
    roles: INITIAL_ROLES.map((role) => ({ ...role, policies: [...role.policies] })),
    instances: [],
    clusters: [],
    containerInstances: [],
    taskDefinitions: [],
    tasks: [],
    services: [],
    loadBalancers: [{ ...DEFAULT_LOAD_BALANCER }],
    targetGroups: [],
    logGroups: [],
    logs: [],
    scalableTargets: [],
    launchTemplates: [],
    autoScalingGroups: [],
    capacityProviders: [],
    serial: 0,
    lastPlacement: null,
  };
}
