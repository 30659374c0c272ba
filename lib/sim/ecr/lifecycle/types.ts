/**
 * An ECR lifecycle policy once ECR has accepted it, the images it acts on and what it does to
 * them (reference §8.5). Field names are ECR's, so a policy reads like the JSON it came from.
 */

export type TagStatus = 'tagged' | 'untagged' | 'any';
export type StorageClass = 'standard' | 'archive';
export type CountType =
  'imageCountMoreThan' | 'sinceImagePushed' | 'sinceImagePulled' | 'sinceImageTransitioned';
export type LifecycleActionType = 'expire' | 'transition';

export interface LifecycleSelection {
  readonly tagStatus: TagStatus;
  /** Set only with `tagStatus: tagged`, and never together with `tagPatternList`. */
  readonly tagPrefixList?: readonly string[];
  readonly tagPatternList?: readonly string[];
  /** ECR uses `standard` when the policy leaves it out (lifecycle_policy_parameters). */
  readonly storageClass: StorageClass;
  readonly countType: CountType;
  /** Present exactly when `countType` is one of the `since*` types. */
  readonly countUnit?: 'days';
  readonly countNumber: number;
}

export type LifecycleAction =
  { readonly type: 'expire' } | { readonly type: 'transition'; readonly targetStorageClass: 'archive' };

export interface LifecycleRule {
  readonly rulePriority: number;
  readonly description?: string;
  readonly selection: LifecycleSelection;
  readonly action: LifecycleAction;
}

export interface LifecyclePolicy {
  /** Sorted by `rulePriority`, lowest (applied first) to highest, as GetLifecyclePolicy returns them. */
  readonly rules: readonly LifecycleRule[];
}

/** What `readLifecyclePolicy` answers: the policy, or ECR's refusal in its own words. */
export type LifecyclePolicyReading =
  | { readonly ok: true; readonly policy: LifecyclePolicy }
  | { readonly ok: false; readonly code: 'InvalidParameterException'; readonly message: string };

/** The fields of a repository's image that a lifecycle policy looks at. Digests are unique. */
export interface LifecycleImage {
  readonly digest: string;
  /** Empty for an untagged image. */
  readonly tags: readonly string[];
  /** Simulated milliseconds (ECR's `pushed_at_time`). */
  readonly pushedAt: number;
  /** ECR's `last_recorded_pulltime`; null when never pulled. */
  readonly lastPulledAt: number | null;
  readonly storageClass: StorageClass;
  /**
   * When the image moved to the archive storage class (ECR's `last_archived_at`), which
   * `sinceImageTransitioned` counts from. An archived image without it is never old enough.
   */
  readonly archivedAt?: number | null;
}

/** One entry of `get-lifecycle-policy-preview`'s `previewResults`. */
export interface LifecyclePreviewResult {
  readonly digest: string;
  readonly tags: readonly string[];
  readonly pushedAt: number;
  readonly action: LifecycleActionType;
  readonly appliedRulePriority: number;
}
