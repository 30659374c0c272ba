/**
 * What the ECS inspector shows: one object, by id, as `aws ecs describe-*` (or the matching
 * `aws ec2`/`aws elbv2` call) would print it.
 */
export type EcsInspectTarget =
  | { readonly kind: 'task'; readonly id: string }
  | { readonly kind: 'container-instance'; readonly id: string }
  | { readonly kind: 'ec2-instance'; readonly id: string }
  | { readonly kind: 'service'; readonly cluster: string; readonly name: string }
  | { readonly kind: 'cluster'; readonly name: string }
  | { readonly kind: 'task-definition'; readonly arn: string }
  | { readonly kind: 'target-group'; readonly arn: string };

export type EcsInspect = (target: EcsInspectTarget) => void;
