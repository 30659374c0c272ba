import type { LifecycleRule } from '@/lib/sim/ecr/lifecycle';
import type { Picker } from './picker';

/**
 * What a "What does this lifecycle policy expire?" question draws: a repository's pushes (a prod
 * release, a re-pushed `dev`, a pull-request build) at whole days before today, and a policy of
 * one to three rules that ECR accepts (reference §8.5: one untagged rule, the `any` rule last, no
 * tag filter shared), each rule with a description that says what it does.
 */
export interface Push {
  readonly tag: string;
  /** Whole days before the question's "today". */
  readonly daysAgo: number;
}

/** A rule as the policy file writes it, before ECR reads it. */
export type RuleJson = {
  readonly rulePriority: number;
  readonly description: string;
  readonly selection: Record<string, unknown>;
  readonly action: { readonly type: 'expire' };
};

/** Ages stay under the console's 31-day sleep per line and the share link's 62 days. */
const MAX_AGE = 40;
const DAY_COUNTS = [7, 10, 14, 21, 30] as const;

export function drawPushes(pick: Picker): Push[] {
  const count = pick.int(5, 7);
  const ages = pick
    .some(
      Array.from({ length: MAX_AGE }, (_, index) => index + 1),
      count,
    )
    .sort((a, b) => b - a);
  let release = pick.int(0, 3);
  let pullRequest = pick.int(40, 80);
  return ages.map((daysAgo) => {
    const kind = pick.one(['prod', 'prod', 'dev', 'dev', 'pr'] as const);
    if (kind === 'prod') {
      release += 1;
      return { tag: `prod-1.${release}`, daysAgo };
    }
    if (kind === 'pr') {
      pullRequest += pick.int(1, 6);
      return { tag: `pr-${pullRequest}`, daysAgo };
    }
    return { tag: 'dev', daysAgo };
  });
}

type Selection = Pick<RuleJson, 'description' | 'selection'>;
type Family = 'prod' | 'pr' | 'untagged' | 'any';

/** A day count no image is exactly as old as: "more than 14 days" never hinges on the hour. */
function days(pick: Picker, ages: readonly number[]): number {
  return pick.one(DAY_COUNTS.filter((count) => !ages.includes(count)));
}

const byCount = (countNumber: number) => ({ countType: 'imageCountMoreThan', countNumber });
const byDays = (countNumber: number) => ({ countType: 'sinceImagePushed', countUnit: 'days', countNumber });
const plural = (count: number, noun: string) =>
  count === 1 ? `the newest ${noun}` : `the ${count} newest ${noun}s`;

function selection(family: Family, pick: Picker, ages: readonly number[]): Selection {
  const counting = pick.chance(0.5);
  switch (family) {
    case 'prod': {
      const k = pick.int(1, 2);
      const d = days(pick, ages);
      // Both list forms appear: a pattern with a wildcard, or a plain prefix.
      const tags = pick.chance(0.5) ? { tagPatternList: ['prod-*'] } : { tagPrefixList: ['prod'] };
      return counting
        ? {
            description: `keep ${plural(k, 'prod image')}`,
            selection: { tagStatus: 'tagged', ...tags, ...byCount(k) },
          }
        : {
            description: `expire prod images after ${d} days`,
            selection: { tagStatus: 'tagged', ...tags, ...byDays(d) },
          };
    }
    case 'pr': {
      const d = days(pick, ages);
      return {
        description: `expire pull-request builds after ${d} days`,
        selection: { tagStatus: 'tagged', tagPatternList: ['pr-*'], ...byDays(d) },
      };
    }
    case 'untagged': {
      const k = pick.int(1, 2);
      const d = days(pick, ages);
      return counting
        ? {
            description: `keep ${plural(k, 'untagged image')}`,
            selection: { tagStatus: 'untagged', ...byCount(k) },
          }
        : {
            description: `expire untagged images after ${d} days`,
            selection: { tagStatus: 'untagged', ...byDays(d) },
          };
    }
    case 'any': {
      const k = pick.int(3, 4);
      const d = days(pick, ages);
      return counting
        ? {
            description: `keep ${plural(k, 'image')} of any kind`,
            selection: { tagStatus: 'any', ...byCount(k) },
          }
        : { description: `expire any image after ${d} days`, selection: { tagStatus: 'any', ...byDays(d) } };
    }
    default: {
      const unknown: never = family;
      return unknown;
    }
  }
}

/** One to three rules from different families, the `any` rule (if drawn) last, priorities rising. */
export function drawRules(pick: Picker, ages: readonly number[]): RuleJson[] {
  const families = pick.some<Family>(['prod', 'pr', 'untagged', 'any'], pick.int(1, 3));
  const ordered = [
    ...families.filter((family) => family !== 'any'),
    ...families.filter((family) => family === 'any'),
  ];
  const priorities = pick.one([
    [1, 2, 3],
    [10, 20, 30],
    [1, 5, 10],
  ]);
  return ordered.map((family, index) => ({
    rulePriority: priorities[index] ?? index + 1,
    ...selection(family, pick, ages),
    action: { type: 'expire' },
  }));
}

/** The policy file, pretty-printed as a learner writes it (and long enough for ECR's 100-character minimum). */
export function policyText(rules: readonly RuleJson[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}

/** "images with a tag matching prod-*": what a rule's tag selection picks, in words ("every image", or "images" to count them). */
export function selectionWords(rule: LifecycleRule, counting = false): string {
  const { tagStatus, tagPatternList, tagPrefixList } = rule.selection;
  if (tagStatus === 'untagged') return 'untagged images';
  if (tagStatus === 'any') return counting ? 'images' : 'every image';
  if (tagPatternList !== undefined) return `images with a tag matching ${tagPatternList.join(' and ')}`;
  return `images with a tag starting with ${(tagPrefixList ?? []).join(' and ')}`;
}
