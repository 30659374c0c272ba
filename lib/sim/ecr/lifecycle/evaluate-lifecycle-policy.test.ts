import { describe, expect, it } from 'vitest';
import { DAY_MS, evaluateLifecyclePolicy } from './evaluate-lifecycle-policy';
import { accepted, HOUR_MS, image, NOW, REFERENCE_POLICY_TEXT, rule } from './lifecycle-fixtures';
import { readLifecyclePolicy } from './read-lifecycle-policy';
import type { LifecycleImage, LifecyclePolicy } from './types';

const ARCHIVE = { type: 'transition', targetStorageClass: 'archive' };
const byCount = (tagStatus: string, countNumber: number, list: Record<string, unknown> = {}) => ({
  tagStatus,
  countType: 'imageCountMoreThan',
  countNumber,
  ...list,
});
const byDays = (
  tagStatus: string,
  countType: string,
  countNumber: number,
  more: Record<string, unknown> = {},
) => ({
  tagStatus,
  countType,
  countUnit: 'days',
  countNumber,
  ...more,
});

/** The images a policy acts on, as `label:rulePriority:action`, in preview order. */
function acted(policy: LifecyclePolicy, images: readonly LifecycleImage[]): string[] {
  const label = new Map(
    images.map((img) => [img.digest, img.tags[0] ?? `untagged@${(NOW - img.pushedAt) / DAY_MS}d`]),
  );
  return evaluateLifecyclePolicy(policy, images, NOW).map(
    (r) => `${label.get(r.digest)}:${r.appliedRulePriority}:${r.action}`,
  );
}

describe('evaluateLifecyclePolicy', () => {
  it('§8.5 the reference example keeps the last 10 prod images and drops untagged images after 14 days', () => {
    const read = readLifecyclePolicy(REFERENCE_POLICY_TEXT);
    if (!read.ok) throw new Error(read.message);
    // A release a day for 14 days, a build per day on main, and the untagged images re-tagging leaves behind.
    const images = [
      ...Array.from({ length: 14 }, (_, day) =>
        image(`release-${day}`, [`prod-1.${day}.0`, `1.${day}.0`], 14 - day),
      ),
      ...Array.from({ length: 5 }, (_, day) => image(`main-${day}`, [`main-${day}`], 30 - day)),
      ...[3, 10, 14, 15, 21, 40].map((days) => image(`untagged-${days}`, [], days)),
      image('latest', ['latest', 'prod-1.14.0'], 0.5),
    ];
    expect(acted(read.policy, images)).toEqual([
      'prod-1.0.0:1:expire',
      'prod-1.1.0:1:expire',
      'prod-1.2.0:1:expire',
      'prod-1.3.0:1:expire',
      'prod-1.4.0:1:expire',
      'untagged@40d:2:expire',
      'untagged@21d:2:expire',
      'untagged@15d:2:expire',
    ]);
  });

  it('§8.5 imageCountMoreThan sorts newest to oldest and selects every image beyond countNumber', () => {
    // The docs' "Filtering on all images", example A.
    const images = [
      image('A', ['alpha-1'], 4),
      image('B', ['beta-1'], 3),
      image('C', [], 2),
      image('D', ['alpha-2'], 1),
    ];
    expect(acted(accepted(rule(1, byCount('any', 1))), images)).toEqual([
      'alpha-1:1:expire',
      'beta-1:1:expire',
      'untagged@2d:1:expire',
    ]);
  });

  it('§8.5 sinceImagePushed selects images pushed more than countNumber days ago', () => {
    const policy = accepted(rule(1, byDays('untagged', 'sinceImagePushed', 14)));
    const images = [image('a', [], 14), image('b', [], 14 + 1 / 24), image('c', [], 2)];
    expect(acted(policy, images)).toEqual([`untagged@${14 + 1 / 24}d:1:expire`]);
  });

  it('§8.5 sinceImagePulled counts from the last pull, and from the push for an image never pulled', () => {
    const policy = accepted(rule(1, byDays('any', 'sinceImagePulled', 90), ARCHIVE));
    const images = [
      image('pulled-lately', ['v1'], 400, { lastPulledAt: NOW - 10 * DAY_MS }),
      image('pulled-long-ago', ['v2'], 300, { lastPulledAt: NOW - 120 * DAY_MS }),
      image('never-pulled-old', ['v3'], 100),
      image('never-pulled-new', ['v4'], 30),
    ];
    expect(acted(policy, images)).toEqual(['v2:1:transition', 'v3:1:transition']);
  });

  it('§8.5 sinceImageTransitioned counts from the move to archive and sees archived images only', () => {
    const policy = accepted(
      rule(1, byDays('any', 'sinceImageTransitioned', 90, { storageClass: 'archive' })),
    );
    const images = [
      image('archived-long-ago', ['v1'], 400, { storageClass: 'archive', archivedAt: NOW - 200 * DAY_MS }),
      image('archived-lately', ['v2'], 400, { storageClass: 'archive', archivedAt: NOW - 10 * DAY_MS }),
      image('archived-undated', ['v3'], 400, { storageClass: 'archive' }),
      image('standard', ['v4'], 400),
    ];
    expect(acted(policy, images)).toEqual(['v1:1:expire']);
  });

  it('§8.5 with several patterns in a rule, only images matching all of them are selected', () => {
    // The docs' "Filtering on multiple tags in a single rule", examples A and B.
    const exampleA = [
      image('A', ['alpha-1'], 12),
      image('B', ['beta-1'], 11),
      image('C', ['alpha-2', 'beta-2'], 10),
      image('D', ['alpha-3'], 4),
      image('E', ['beta-3'], 3),
      image('F', ['alpha-4', 'beta-4'], 2),
    ];
    const policyA = accepted(
      rule(1, byDays('tagged', 'sinceImagePushed', 5, { tagPatternList: ['alpha*', 'beta*'] })),
    );
    expect(acted(policyA, exampleA)).toEqual(['alpha-2:1:expire']);
    const exampleB = [
      image('A', ['alpha-1', 'beta-1', 'gamma-1'], 10),
      image('B', ['alpha-2', 'beta-2'], 9),
      image('C', ['alpha-3', 'beta-3', 'gamma-2'], 8),
    ];
    const policyB = accepted(rule(1, byCount('tagged', 1, { tagPatternList: ['alpha*', 'beta*'] })));
    expect(acted(policyB, exampleB)).toEqual(['alpha-1:1:expire', 'alpha-2:1:expire']);
  });

  describe('§8.5 rules evaluated together, applied by priority', () => {
    const exampleImages = [
      image('A', ['beta-1', 'prod-1'], 10),
      image('B', ['beta-2', 'prod-2'], 9),
      image('C', ['beta-3'], 8),
    ];

    it("an image matching a higher-priority rule's tags cannot be expired by a lower one (docs, example A)", () => {
      const policy = accepted(
        rule(1, byCount('tagged', 1, { tagPatternList: ['prod*'] })),
        rule(2, byCount('tagged', 1, { tagPatternList: ['beta*'] })),
      );
      expect(acted(policy, exampleImages)).toEqual(['beta-1:1:expire']);
    });

    it('swapping the priorities changes the outcome (docs, example B)', () => {
      const policy = accepted(
        rule(1, byCount('tagged', 1, { tagPatternList: ['beta*'] })),
        rule(2, byCount('tagged', 1, { tagPatternList: ['prod*'] })),
      );
      expect(acted(policy, exampleImages)).toEqual(['beta-1:1:expire', 'beta-2:1:expire']);
    });

    it('a lower-priority rule still counts the images a higher one expires', () => {
      // Rule 2 keeps the 4 newest of all six images: p3, p2 and p1 fill three of its places even
      // though rule 1 expires p1 and p2, so d0 falls outside it.
      const policy = accepted(
        rule(1, byCount('tagged', 1, { tagPrefixList: ['prod'] })),
        rule(2, byCount('any', 4)),
      );
      const images = [
        image('d0', ['dev-0'], 12),
        image('p1', ['prod-1'], 10),
        image('p2', ['prod-2'], 9),
        image('p3', ['prod-3'], 7),
        image('d2', ['dev-2'], 6),
        image('d3', ['dev-3'], 5),
      ];
      expect(acted(policy, images)).toEqual(['prod-1:1:expire', 'prod-2:1:expire', 'dev-0:2:expire']);
    });

    it('the any rule, last, acts only on images no other rule matched (docs, "all images" example B)', () => {
      const policy = accepted(
        rule(1, byCount('tagged', 1, { tagPatternList: ['alpha*'] })),
        rule(2, byDays('untagged', 'sinceImagePushed', 1)),
        rule(3, byCount('any', 1)),
      );
      // D and E were both "pushed 1 day ago"; E is taken as the later of the two, an hour after D.
      const images = [
        image('A', ['alpha-1', 'beta-1'], 4),
        image('B', [], 3),
        image('C', ['alpha-2'], 2),
        image('D', ['git hash'], 1),
        image('E', [], 1 - HOUR_MS / DAY_MS),
      ];
      expect(acted(policy, images)).toEqual([
        'alpha-1:1:expire',
        'untagged@3d:2:expire',
        'git hash:3:expire',
      ]);
    });

    it('an image that two rules would act on is acted on once, by the higher-priority rule', () => {
      const policy = accepted(
        rule(1, byDays('tagged', 'sinceImagePushed', 30, { tagPrefixList: ['v'] }), ARCHIVE),
        rule(2, byCount('any', 1)),
      );
      const results = evaluateLifecyclePolicy(
        policy,
        [image('old', ['v1'], 60), image('new', ['v2'], 1)],
        NOW,
      );
      expect(results).toEqual([
        {
          digest: image('old', [], 0).digest,
          tags: ['v1'],
          pushedAt: NOW - 60 * DAY_MS,
          action: 'transition',
          appliedRulePriority: 1,
        },
      ]);
    });
  });

  it('lists results by applied rule priority, then oldest push first', () => {
    const policy = accepted(rule(1, byDays('untagged', 'sinceImagePushed', 1)), rule(2, byCount('any', 1)));
    const images = [
      image('u1', [], 2),
      image('t1', ['a'], 9),
      image('u2', [], 5),
      image('t2', ['b'], 3),
      image('t3', ['c'], 0),
    ];
    expect(acted(policy, images)).toEqual([
      'untagged@5d:1:expire',
      'untagged@2d:1:expire',
      'a:2:expire',
      'b:2:expire',
    ]);
  });

  it('does not depend on the order of the images it is given', () => {
    const read = readLifecyclePolicy(REFERENCE_POLICY_TEXT);
    if (!read.ok) throw new Error(read.message);
    const images = Array.from({ length: 15 }, (_, i) =>
      image(`i${i}`, i % 3 === 0 ? [] : [`prod-${i}`], 20 - (i % 7)),
    );
    expect(evaluateLifecyclePolicy(read.policy, [...images].reverse(), NOW)).toEqual(
      evaluateLifecyclePolicy(read.policy, images, NOW),
    );
  });
});
