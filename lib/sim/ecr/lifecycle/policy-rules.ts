/**
 * ECR's rules for a lifecycle policy beyond its JSON schema (reference §8.5): what one rule may
 * combine, and what the rules of one storage class may not share. Each check answers null or
 * the refusal for the first rule that breaks it, taking rules lowest priority number first.
 * Sources: https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 * and LifecyclePolicies.html ("Lifecycle policy evaluation rules").
 */
import * as m from './messages';
import type { LifecycleRule, StorageClass } from './types';

/** The docs: "a maximum limit of four wildcards (*) per string". */
const MAX_WILDCARDS = 4;
/** Archived images have a 90-day minimum storage duration; a policy cannot delete them sooner. */
const ARCHIVE_MINIMUM_DAYS = 90;

function duplicatePriorityProblem(rules: readonly LifecycleRule[]): string | null {
  const seen = new Set<number>();
  for (const { rulePriority } of rules) {
    if (seen.has(rulePriority)) return m.duplicatePriority(rulePriority);
    seen.add(rulePriority);
  }
  return null;
}

/** `tagged` needs exactly one of the two lists, with entries; `untagged` and `any` take neither. */
function tagListProblem({ selection }: LifecycleRule): string | null {
  const { tagStatus, tagPrefixList, tagPatternList } = selection;
  if (tagStatus !== 'tagged')
    return tagPrefixList === undefined && tagPatternList === undefined
      ? null
      : m.tagListNotAllowed(tagStatus);
  if (tagPrefixList !== undefined && tagPatternList !== undefined) return m.BOTH_TAG_LISTS;
  const list = tagPrefixList ?? tagPatternList ?? [];
  if (list.length === 0) return m.TAGGED_NEEDS_TAG_LIST;
  const wild = (tagPatternList ?? []).find((pattern) => pattern.split('*').length - 1 > MAX_WILDCARDS);
  return wild === undefined ? null : m.tooManyWildcards(wild);
}

/** sinceImagePulled only archives and sinceImageTransitioned only expires (lifecycle policy evaluation rules). */
function countActionProblem({ selection, action }: LifecycleRule): string | null {
  if (selection.countType === 'sinceImagePulled' && action.type !== 'transition')
    return m.PULLED_NEEDS_TRANSITION;
  if (selection.countType !== 'sinceImageTransitioned') return null;
  if (action.type !== 'expire') return m.TRANSITIONED_NEEDS_EXPIRE;
  return selection.countNumber < ARCHIVE_MINIMUM_DAYS ? m.ARCHIVE_MINIMUM_DAYS : null;
}

/**
 * Within one storage class: one rule for untagged images, the `any` rule last, and no tag
 * prefix (or pattern) shared by two rules. `rules` are sorted by priority.
 */
function storageClassProblem(rules: readonly LifecycleRule[]): string | null {
  const untagged = rules.filter((rule) => rule.selection.tagStatus === 'untagged');
  if (untagged.length > 1) return m.ONE_UNTAGGED_RULE;
  const anyIndex = rules.findIndex((rule) => rule.selection.tagStatus === 'any');
  if (anyIndex >= 0 && anyIndex !== rules.length - 1) return m.ANY_RULE_LAST;
  for (const list of ['tagPrefixList', 'tagPatternList'] as const) {
    const owner = new Map<string, number>();
    for (const rule of rules) {
      for (const entry of rule.selection[list] ?? []) {
        const first = owner.get(entry);
        if (first !== undefined && first !== rule.rulePriority) return m.duplicateTagFilter(entry);
        owner.set(entry, rule.rulePriority);
      }
    }
  }
  return null;
}

/** The first rule of §8.5 that a schema-valid policy breaks, or null. `rules` are sorted by priority. */
export function policyProblem(rules: readonly LifecycleRule[]): string | null {
  const duplicate = duplicatePriorityProblem(rules);
  if (duplicate !== null) return duplicate;
  for (const rule of rules) {
    const problem = tagListProblem(rule) ?? countActionProblem(rule);
    if (problem !== null) return problem;
  }
  for (const storageClass of ['standard', 'archive'] as const satisfies readonly StorageClass[]) {
    const problem = storageClassProblem(rules.filter((rule) => rule.selection.storageClass === storageClass));
    if (problem !== null) return problem;
  }
  return null;
}
