import { LAMBDA_COLD_START_SECONDS } from '../sim/pricing/lambda';
import type { OptionId } from './types';

/**
 * How long until new capacity answers its first request, as ranges: AWS documents Lambda's cold
 * start; the others are the typical ranges of reference §10.2 and the course's simulators, which
 * AWS does not publish. Image size and network change all of them.
 */
export interface StartupRange {
  /** Seconds, the low and high ends of the range. */
  readonly low: number;
  readonly high: number;
  /** The range in words: "1–3 min". */
  readonly words: string;
  /** What happens in that time. */
  readonly what: string;
  /** Where the range comes from. */
  readonly basis: string;
  readonly confirmed: boolean;
}

const SECTION_10_2 = 'reference §10.2: typical ranges, not AWS-documented';
const FARGATE_BASIS = 'course estimate (the ECS simulator’s Fargate timings); AWS publishes no figure';

export const FIRST_REQUEST: Readonly<Record<OptionId, StartupRange>> = {
  'ec2-vms': {
    low: 60,
    high: 180,
    words: '1–3 min',
    what: 'EC2 launches the instance and boots its OS; nginx starts with it.',
    basis: SECTION_10_2,
    confirmed: false,
  },
  'ecs-ec2': {
    low: 60,
    high: 180,
    words: '1–3 min',
    what: 'A new container instance boots and its agent registers; then the task starts in seconds. On an instance with room: seconds.',
    basis: SECTION_10_2,
    confirmed: false,
  },
  eks: {
    low: 60,
    high: 180,
    words: '1–3 min',
    what: 'A new node boots and joins the cluster; then the pod starts in seconds. On a node with room: seconds.',
    basis: `${SECTION_10_2}; the EKS simulator’s node join takes 70–110 s`,
    confirmed: false,
  },
  'ecs-fargate': {
    low: 10,
    high: 60,
    words: 'tens of seconds',
    what: 'Fargate finds capacity, attaches the task’s network interface and pulls the image (no cache), then nginx starts.',
    basis: FARGATE_BASIS,
    confirmed: false,
  },
  'ecs-express': {
    low: 10,
    high: 60,
    words: 'tens of seconds',
    what: 'Each task is a Fargate task. The first deployment also creates the load balancer and certificate, which takes longer.',
    basis: FARGATE_BASIS,
    confirmed: false,
  },
  lambda: {
    low: LAMBDA_COLD_START_SECONDS.low,
    high: LAMBDA_COLD_START_SECONDS.high,
    words: 'under 100 ms to over 1 s',
    what: 'A cold start: Lambda creates an execution environment and runs the image’s init code. A warm environment answers at once.',
    basis: 'Lambda developer guide (cold starts: under 100 ms to over 1 s, in under 1 % of invocations)',
    confirmed: true,
  },
};
