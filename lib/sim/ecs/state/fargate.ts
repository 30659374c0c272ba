/** AWS Fargate's account-level state (reference §6). Part of the ECS state (../types.ts). */

/**
 * What the Fargate bill still owes for tasks that have left the state (STOPPED tasks are kept an
 * hour, §3.1), so `cost` keeps counting them: how many, and their charge in USD, added when each
 * task was purged (fargate/billing.ts).
 */
export interface RetiredFargateUsage {
  readonly tasks: number;
  readonly usd: number;
}
