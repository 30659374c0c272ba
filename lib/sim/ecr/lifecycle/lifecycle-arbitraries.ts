import fc from 'fast-check';
import { DAY_MS } from './evaluate-lifecycle-policy';
import { NOW } from './lifecycle-fixtures';
import { readLifecyclePolicy } from './read-lifecycle-policy';
import type { LifecycleImage, LifecyclePolicy } from './types';

/**
 * fast-check arbitraries for lifecycle policies and repositories. Tags and tag filters come from
 * a small vocabulary so that rules overlap often: the interesting cases are the shared ones.
 */

const TAG_HEADS = ['prod', 'beta', 'v1', 'dev'];
const TAGS = [...TAG_HEADS.flatMap((head) => [`${head}-1`, `${head}-2`, `${head}.3`]), 'latest'];
const PREFIXES = [...TAG_HEADS, 'v', 'latest'];
const PATTERNS = ['prod*', '*-1', 'beta-*', 'v1*', '*.3', 'latest', '*'];

const ARCHIVE = { type: 'transition', targetStorageClass: 'archive' } as const;

/** Null, or a fraction of the time between an image's push and NOW, in the given proportions. */
function sometimes(nullWeight: number, fractionWeight: number): fc.Arbitrary<number | null> {
  return fc.oneof(
    { weight: nullWeight, arbitrary: fc.constant(null) },
    { weight: fractionWeight, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  );
}

/** A repository: unique digests, a few tags each, pushed up to 400 days before NOW, some pulled or archived. */
export const images: fc.Arbitrary<LifecycleImage[]> = fc
  .array(
    fc.record({
      tags: fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 3, arbitrary: fc.subarray(TAGS, { maxLength: 3 }) },
      ),
      pushedDaysAgo: fc.integer({ min: 0, max: 400 * 24 }).map((hours) => hours / 24),
      pulledFraction: sometimes(1, 1),
      archivedFraction: sometimes(3, 1),
    }),
    { minLength: 2, maxLength: 30 },
  )
  .map((specs) =>
    specs.map(({ tags, pushedDaysAgo, pulledFraction, archivedFraction }, index) => {
      const pushedAt = NOW - Math.round(pushedDaysAgo * DAY_MS);
      const between = (fraction: number) => pushedAt + Math.round((NOW - pushedAt) * fraction);
      return {
        digest: `sha256:${index.toString(16).padStart(64, '0')}`,
        tags,
        pushedAt,
        lastPulledAt: pulledFraction === null ? null : between(pulledFraction),
        storageClass: archivedFraction === null ? ('standard' as const) : ('archive' as const),
        ...(archivedFraction === null ? {} : { archivedAt: between(archivedFraction) }),
      };
    }),
  );

const tagFilter = fc.oneof(
  fc.record({ tagPrefixList: fc.subarray(PREFIXES, { minLength: 1, maxLength: 2 }) }),
  fc.record({ tagPatternList: fc.subarray(PATTERNS, { minLength: 1, maxLength: 2 }) }),
);

const tagChoice = fc.oneof(
  { weight: 3, arbitrary: tagFilter.map((list) => ({ tagStatus: 'tagged', ...list })) },
  { weight: 1, arbitrary: fc.constant({ tagStatus: 'untagged' }) },
  { weight: 1, arbitrary: fc.constant({ tagStatus: 'any' }) },
);

const countMoreThan = fc.record({
  selection: fc.record({
    countType: fc.constant('imageCountMoreThan'),
    countNumber: fc.integer({ min: 1, max: 6 }),
  }),
  action: fc.constantFrom<object>({ type: 'expire' }, ARCHIVE),
});

/** A count and the action it may take (§8.5: pulled only archives, transitioned only expires). */
const countChoice = fc.oneof(
  countMoreThan,
  fc.record({
    selection: fc.record({
      countType: fc.constant('sinceImagePushed'),
      countUnit: fc.constant('days'),
      countNumber: fc.integer({ min: 1, max: 300 }),
    }),
    action: fc.constantFrom({ type: 'expire' }, ARCHIVE),
  }),
  fc.record({
    selection: fc.record({
      countType: fc.constant('sinceImagePulled'),
      countUnit: fc.constant('days'),
      countNumber: fc.integer({ min: 1, max: 300 }),
    }),
    action: fc.constant(ARCHIVE),
  }),
  fc.record({
    selection: fc.record({
      countType: fc.constant('sinceImageTransitioned'),
      countUnit: fc.constant('days'),
      countNumber: fc.integer({ min: 90, max: 300 }),
      storageClass: fc.constant('archive'),
    }),
    action: fc.constant({ type: 'expire' }),
  }),
);

function rulesArbitrary(count: fc.Arbitrary<{ selection: object; action: object }>) {
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(tagChoice, count), { minLength: 5, maxLength: 5 }),
    )
    .map(([priorities, specs]) =>
      priorities.map((rulePriority, i) => {
        const [tags, { selection, action }] = specs[i]!;
        return { rulePriority, selection: { ...tags, ...selection }, action };
      }),
    );
}

/** The rules as a user might write them: valid or not. */
export const ruleLists = rulesArbitrary(countChoice);

function acceptedPolicies(rules: fc.Arbitrary<object[]>): fc.Arbitrary<LifecyclePolicy> {
  return rules
    .map((list) => readLifecyclePolicy(JSON.stringify({ rules: list }, null, 2)))
    .filter((read) => read.ok)
    .map((read) => (read.ok ? read.policy : { rules: [] }));
}

/** Policies ECR accepts, of every count type. */
export const policies = acceptedPolicies(ruleLists);

/** Policies ECR accepts whose every rule is an imageCountMoreThan. */
export const countOnlyPolicies = acceptedPolicies(rulesArbitrary(countMoreThan));
