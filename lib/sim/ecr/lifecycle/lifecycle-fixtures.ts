import { DAY_MS } from './evaluate-lifecycle-policy';
import { readLifecyclePolicy } from './read-lifecycle-policy';
import type { LifecycleImage, LifecyclePolicy } from './types';
import { ECR_EXAMPLE_FILES } from '../example-files';

/**
 * Builders for the lifecycle tests: rules as the JSON a user writes, images pushed some days
 * before a fixed "now", and the reference's example policy (§8.5).
 */
type Fields = Record<string, unknown>;

/** 2026-03-01T00:00:00Z in simulated milliseconds. */
export const NOW = 1_772_323_200_000;
export const HOUR_MS = 60 * 60 * 1000;

export function rule(rulePriority: number, selection: Fields, action: Fields = { type: 'expire' }): Fields {
  return { rulePriority, selection, action };
}

/** Pretty-printed, as a policy file is, so even a one-rule policy passes the 100-character minimum. */
export function policyText(...rules: unknown[]): string {
  return JSON.stringify({ rules }, null, 2);
}

/** The policy ECR accepts for these rules; throws with ECR's message when it refuses. */
export function accepted(...rules: unknown[]): LifecyclePolicy {
  const read = readLifecyclePolicy(policyText(...rules));
  if (!read.ok) throw new Error(read.message);
  return read.policy;
}

export function refusal(...rules: unknown[]): string {
  const read = readLifecyclePolicy(policyText(...rules));
  return read.ok ? 'accepted' : read.message;
}

/** A stable, realistic-looking digest for a label: `sha256:` and 64 hex digits. */
export function digestOf(label: string): string {
  let hash = 2166136261;
  let hex = '';
  for (let round = 0; hex.length < 64; round += 1) {
    for (const char of `${label}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return `sha256:${hex}`;
}

/** An image called `label`, pushed `daysAgo` days before NOW, standard storage, never pulled. */
export function image(
  label: string,
  tags: readonly string[],
  daysAgo: number,
  extra: Partial<LifecycleImage> = {},
) {
  const pushed: LifecycleImage = {
    digest: digestOf(label),
    tags,
    pushedAt: NOW - daysAgo * DAY_MS,
    lastPulledAt: null,
    storageClass: 'standard',
    ...extra,
  };
  return pushed;
}

/** §8.5's example (the simulator's policy.json): keep the last 10 prod images, drop untagged after 14 days. */
export const REFERENCE_POLICY_TEXT = ECR_EXAMPLE_FILES['policy.json'] ?? '';
