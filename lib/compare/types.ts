/** The six ways to run the same web app that the comparison puts side by side. */
export const OPTION_IDS = ['ec2-vms', 'ecs-ec2', 'ecs-fargate', 'eks', 'ecs-express', 'lambda'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export const LOAD_SHAPES = ['steady', 'business-hours', 'burst', 'mostly-idle'] as const;
export type LoadShape = (typeof LOAD_SHAPES)[number];

export const SIZE_IDS = ['small', 'medium', 'large'] as const;
export type SizeId = (typeof SIZE_IDS)[number];

/** What the learner chooses. */
export interface CompareInput {
  readonly shape: LoadShape;
  /** The busiest minute's requests per second. */
  readonly peakRps: number;
  readonly size: SizeId;
}

/** Minutes in the simulated day: the model steps one minute at a time. */
export const DAY_MINUTES = 1440;

/** One line of an option's bill, minute by minute (USD spent in each minute). */
export interface CostLine {
  readonly key: string;
  readonly label: string;
  readonly perMinute: readonly number[];
}

/** What an option's own rules make of a load, minute by minute. */
export interface OptionRun {
  /** What is billed or counted: VMs, tasks, pods or concurrent Lambda environments. */
  readonly replicas: readonly number[];
  /** Of those, the ones serving requests (started and on a running host). */
  readonly ready: readonly number[];
  /** EC2 instances under the replicas (VMs, container instances, nodes); null when AWS hides them. */
  readonly hosts: readonly number[] | null;
  /** Requests per second answered; the rest wait, time out or get a 503 or 429. */
  readonly servedRps: readonly number[];
  readonly lines: readonly CostLine[];
}

/** The day of one option, with its bill summed. */
export interface OptionDay extends OptionRun {
  readonly id: OptionId;
  readonly costPerMinute: readonly number[];
  /** USD spent from midnight to the end of each minute. */
  readonly cumulative: readonly number[];
  readonly dayTotal: number;
  /** What the same day costs with no requests at all. */
  readonly idleDay: number;
  /** What the requests add: dayTotal − idleDay. */
  readonly busyDay: number;
  /** USD per hour with no requests. */
  readonly idleHourly: number;
  /** Each line of the bill over the day. */
  readonly totals: readonly { readonly key: string; readonly label: string; readonly usd: number }[];
  /** Minutes in which some requests were not answered. */
  readonly overloadedMinutes: number;
}
