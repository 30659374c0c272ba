/**
 * The lifecycle policy evaluator (reference §8.5): what a preview lists and what a run then does.
 * Quotes are from "Lifecycle policy evaluation rules",
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html
 */
import { selectsImage } from './tag-selection';
import type { LifecycleImage, LifecyclePolicy, LifecyclePreviewResult, LifecycleRule } from './types';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Newest first by push time; the digest breaks ties so the order never depends on input order. */
function newestFirst(a: LifecycleImage, b: LifecycleImage): number {
  return b.pushedAt - a.pushedAt || (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0);
}

/** When a `since*` count starts for an image, or null when it has no such moment. */
function countFrom(rule: LifecycleRule, image: LifecycleImage): number | null {
  switch (rule.selection.countType) {
    case 'imageCountMoreThan':
    case 'sinceImagePushed':
      return image.pushedAt;
    // "If an image was never pulled, the image's pushed_at_time is used instead of the last_recorded_pulltime."
    case 'sinceImagePulled':
      return image.lastPulledAt ?? image.pushedAt;
    // "all archived images whose last_archived_at is older than …"
    case 'sinceImageTransitioned':
      return image.archivedAt ?? null;
    default: {
      const unknown: never = rule.selection.countType;
      throw new Error(`Unknown countType ${String(unknown)}`);
    }
  }
}

/**
 * The images one rule marks among those it sees, judged on its own: every rule counts every
 * image it sees, "as if they haven't been expired or archived" by another rule.
 */
function markedBy(rule: LifecycleRule, seen: readonly LifecycleImage[], now: number): Set<string> {
  const { countType, countNumber } = rule.selection;
  if (countType === 'imageCountMoreThan') {
    // "images are sorted from youngest to oldest based on pushed_at_time and then all images
    // greater than the specified count are expired or archived."
    return new Set(
      [...seen]
        .sort(newestFirst)
        .slice(countNumber)
        .map((image) => image.digest),
    );
  }
  const marked = seen.filter((image) => {
    const from = countFrom(rule, image);
    return from !== null && now - from > countNumber * DAY_MS;
  });
  return new Set(marked.map((image) => image.digest));
}

/**
 * The rule each image answers to: the highest-priority rule whose tag selection matches it.
 * "An image that matches the tagging requirements of a rule cannot be expired or archived by a
 * rule with a lower priority", even when that rule leaves it alone.
 */
export function owningRule(policy: LifecyclePolicy, image: LifecycleImage): LifecycleRule | undefined {
  return policy.rules.find((rule) => selectsImage(rule.selection, image));
}

/**
 * What `get-lifecycle-policy-preview` lists for `images` at `now`: all rules are evaluated at
 * the same time, then applied by priority, so each image is acted on by at most one rule.
 * Sorted by applied rule priority, then oldest push first ("expiration is always ordered by
 * pushed_at_time") — AWS does not document previewResults' order; this is the evaluator's.
 * Images must have unique digests; `policy.rules` come sorted by priority (`readLifecyclePolicy`).
 */
export function evaluateLifecyclePolicy(
  policy: LifecyclePolicy,
  images: readonly LifecycleImage[],
  now: number,
): LifecyclePreviewResult[] {
  const marks = new Map(
    policy.rules.map((rule) => [
      rule,
      markedBy(
        rule,
        images.filter((image) => selectsImage(rule.selection, image)),
        now,
      ),
    ]),
  );
  const results: LifecyclePreviewResult[] = [];
  for (const image of images) {
    const rule = owningRule(policy, image);
    if (rule === undefined || !marks.get(rule)?.has(image.digest)) continue;
    results.push({
      digest: image.digest,
      tags: image.tags,
      pushedAt: image.pushedAt,
      action: rule.action.type,
      appliedRulePriority: rule.rulePriority,
    });
  }
  return results.sort(
    (a, b) =>
      a.appliedRulePriority - b.appliedRulePriority ||
      a.pushedAt - b.pushedAt ||
      (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0),
  );
}
