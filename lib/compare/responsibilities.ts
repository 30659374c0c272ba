import type { OptionId } from './types';

/**
 * Who manages what, option by option, in short words (reference §6, §7.1, §9; the Lambda
 * developer guide). "Shared" means AWS provides the mechanism and you configure or start it. In
 * every option you patch what is inside your own image.
 */
export type Who = 'you' | 'shared' | 'aws';

export const DUTIES = ['os', 'capacity', 'scaling', 'load-balancer', 'orchestrator'] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Readonly<Record<Duty, string>> = {
  os: 'Patches the OS',
  capacity: 'Provides the servers',
  scaling: 'Scales it',
  'load-balancer': 'Load balancer',
  orchestrator: 'Runs the orchestrator',
};

export interface Responsibility {
  readonly who: Who;
  readonly text: string;
}

type Matrix = Readonly<Record<OptionId, Readonly<Record<Duty, Responsibility>>>>;

const you = (text: string): Responsibility => ({ who: 'you', text });
const shared = (text: string): Responsibility => ({ who: 'shared', text });
const aws = (text: string): Responsibility => ({ who: 'aws', text });

const ECS_SCALING = shared('Service Auto Scaling: you write the policy, AWS runs it.');
const ECS_ALB = shared('You create the ALB; ECS registers and removes tasks.');
const ECS_RUNS = aws('AWS runs ECS, at no charge.');

export const RESPONSIBILITIES: Matrix = {
  'ec2-vms': {
    os: you('You patch and reboot each VM.'),
    capacity: you('You pick the instance type and how many.'),
    scaling: you('By hand, or an Auto Scaling group you set up.'),
    'load-balancer': you('You create the ALB and register each VM.'),
    orchestrator: you('None: you decide what runs where.'),
  },
  'ecs-ec2': {
    os: you('You roll instances onto newer ECS-optimized AMIs (AWS publishes them).'),
    capacity: shared('Your Auto Scaling group; ECS managed scaling sizes it.'),
    scaling: ECS_SCALING,
    'load-balancer': ECS_ALB,
    orchestrator: ECS_RUNS,
  },
  eks: {
    os: shared('AWS publishes node AMIs; you start the node group update, EKS drains and replaces nodes.'),
    capacity: you('Your node groups; the Cluster Autoscaler or Karpenter (you install it) adds nodes.'),
    scaling: shared('You write the HPA and install metrics-server; the control plane runs it.'),
    'load-balancer': shared(
      'You install the AWS Load Balancer Controller; it creates the ALB from an Ingress.',
    ),
    orchestrator: shared('AWS runs the control plane ($0.10 an hour); you upgrade its Kubernetes version.'),
  },
  'ecs-fargate': {
    os: aws('AWS patches the hosts under your tasks.'),
    capacity: aws('AWS: you only choose each task’s CPU and memory.'),
    scaling: ECS_SCALING,
    'load-balancer': ECS_ALB,
    orchestrator: ECS_RUNS,
  },
  'ecs-express': {
    os: aws('AWS (the tasks run on Fargate).'),
    capacity: aws('AWS: 1 vCPU and 2 GB a task unless you change it.'),
    scaling: aws('Created for you: CPU at 60 %, 1 to 20 tasks.'),
    'load-balancer': aws('Created for you, with HTTPS, a certificate and a URL.'),
    orchestrator: ECS_RUNS,
  },
  lambda: {
    os: aws('AWS patches the execution environments.'),
    capacity: aws('AWS: you only choose the memory (CPU comes with it).'),
    scaling: aws('AWS: one environment per request in flight.'),
    'load-balancer': aws('None needed: a function URL (or API Gateway, or an ALB).'),
    orchestrator: aws('AWS runs Lambda.'),
  },
};
