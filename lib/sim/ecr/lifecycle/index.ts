/**
 * ECR lifecycle policies (reference §8.5): PutLifecyclePolicy's validation of the policy text
 * with ECR's refusals, the evaluator behind the lifecycle policy preview, and a run that does
 * exactly what the preview lists.
 */
export { applyLifecyclePreview, runLifecyclePolicy } from './apply-lifecycle-preview';
export { DAY_MS, evaluateLifecyclePolicy, owningRule } from './evaluate-lifecycle-policy';
export { KNOWN_MESSAGES as LIFECYCLE_POLICY_MESSAGES } from './messages';
export { readLifecyclePolicy } from './read-lifecycle-policy';
export { matchesTagPattern, selectsImage } from './tag-selection';
export type {
  CountType,
  LifecycleAction,
  LifecycleActionType,
  LifecycleImage,
  LifecyclePolicy,
  LifecyclePolicyReading,
  LifecyclePreviewResult,
  LifecycleRule,
  LifecycleSelection,
  StorageClass,
  TagStatus,
} from './types';
