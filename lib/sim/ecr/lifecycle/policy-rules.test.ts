import { describe, expect, it } from 'vitest';
import { refusal, rule } from './lifecycle-fixtures';
import * as m from './messages';

const ARCHIVE = { type: 'transition', targetStorageClass: 'archive' };
const keepLast = (count: number, more: Record<string, unknown> = {}) => ({
  tagStatus: 'any',
  countType: 'imageCountMoreThan',
  countNumber: count,
  ...more,
});
const tagged = (list: Record<string, unknown>, count = 10) => ({
  tagStatus: 'tagged',
  countType: 'imageCountMoreThan',
  countNumber: count,
  ...list,
});
const untagged = (days: number) => ({
  tagStatus: 'untagged',
  countType: 'sinceImagePushed',
  countUnit: 'days',
  countNumber: days,
});
const archivedFor = (days: number, more: Record<string, unknown> = {}) => ({
  tagStatus: 'any',
  storageClass: 'archive',
  countType: 'sinceImageTransitioned',
  countUnit: 'days',
  countNumber: days,
  ...more,
});

describe('readLifecyclePolicy: rules beyond the schema', () => {
  it('§8.5 rulePriority is unique across rules', () => {
    expect(refusal(rule(1, tagged({ tagPrefixList: ['prod'] })), rule(1, untagged(14)))).toBe(
      m.duplicatePriority(1),
    );
  });

  describe('§8.5 tag lists', () => {
    it('tagged needs tagPrefixList or tagPatternList, with at least one entry', () => {
      expect(refusal(rule(1, tagged({})))).toBe(m.TAGGED_NEEDS_TAG_LIST);
      expect(refusal(rule(1, tagged({ tagPrefixList: [] })))).toBe(m.TAGGED_NEEDS_TAG_LIST);
      expect(refusal(rule(1, tagged({ tagPrefixList: ['prod'] })))).toBe('accepted');
      expect(refusal(rule(1, tagged({ tagPatternList: ['prod*'] })))).toBe('accepted');
    });

    it('tagged takes one of the two lists, not both', () => {
      expect(refusal(rule(1, tagged({ tagPrefixList: ['prod'], tagPatternList: ['*-rc'] })))).toBe(
        m.BOTH_TAG_LISTS,
      );
    });

    it('untagged and any take neither list, not even an empty one', () => {
      expect(refusal(rule(1, { ...untagged(14), tagPrefixList: ['prod'] }))).toBe(
        m.tagListNotAllowed('untagged'),
      );
      expect(refusal(rule(1, keepLast(5, { tagPatternList: [] })))).toBe(m.tagListNotAllowed('any'));
    });

    it("a pattern has at most four wildcards (the docs' own examples)", () => {
      expect(refusal(rule(1, tagged({ tagPatternList: ['*test*1*2*3', 'test*1*2*3*'] })))).toBe('accepted');
      expect(refusal(rule(1, tagged({ tagPatternList: ['test*1*2*3*4*5*6'] })))).toBe(
        m.tooManyWildcards('test*1*2*3*4*5*6'),
      );
    });

    it('a tag prefix is not shared by two rules of one storage class', () => {
      expect(
        refusal(
          rule(1, tagged({ tagPrefixList: ['prod'] })),
          rule(2, tagged({ tagPrefixList: ['beta', 'prod'] })),
        ),
      ).toBe(m.duplicateTagFilter('prod'));
      expect(
        refusal(rule(1, tagged({ tagPatternList: ['v*'] })), rule(2, tagged({ tagPatternList: ['v*'] }, 3))),
      ).toBe(m.duplicateTagFilter('v*'));
      expect(
        refusal(rule(1, tagged({ tagPrefixList: ['prod'] })), rule(2, tagged({ tagPrefixList: ['beta'] }))),
      ).toBe('accepted');
    });

    it('the same pattern may archive in one storage class and expire in the other', () => {
      expect(
        refusal(
          rule(
            1,
            { ...tagged({ tagPatternList: ['*-sha-*'] }), countType: 'sinceImagePushed', countUnit: 'days' },
            ARCHIVE,
          ),
          rule(2, archivedFor(90, { tagStatus: 'tagged', tagPatternList: ['*-sha-*'] })),
        ),
      ).toBe('accepted');
    });
  });

  describe('§8.5 untagged and any rules', () => {
    it('only one rule may select untagged images', () => {
      expect(
        refusal(rule(1, untagged(14)), rule(2, { ...untagged(1), countType: 'sinceImagePulled' }, ARCHIVE)),
      ).toBe(m.ONE_UNTAGGED_RULE);
    });

    it('one untagged rule per storage class is fine', () => {
      expect(refusal(rule(1, untagged(14)), rule(2, archivedFor(90, { tagStatus: 'untagged' })))).toBe(
        'accepted',
      );
    });

    it('a tagStatus any rule must have the highest rulePriority', () => {
      expect(refusal(rule(1, keepLast(50)), rule(2, untagged(14)))).toBe(m.ANY_RULE_LAST);
      expect(refusal(rule(1, untagged(14)), rule(5, keepLast(50)))).toBe('accepted');
    });

    it('two any rules in one storage class cannot both be last', () => {
      expect(
        refusal(
          rule(1, keepLast(50)),
          rule(2, { ...keepLast(5), countType: 'sinceImagePushed', countUnit: 'days' }),
        ),
      ).toBe(m.ANY_RULE_LAST);
    });

    it('"last" is judged per storage class', () => {
      expect(
        refusal(
          rule(1, keepLast(50), ARCHIVE),
          rule(2, archivedFor(365)),
          rule(3, tagged({ tagPrefixList: ['v'] })),
        ),
      ).toBe(m.ANY_RULE_LAST);
      expect(refusal(rule(1, untagged(7)), rule(2, archivedFor(365)), rule(3, keepLast(50), ARCHIVE))).toBe(
        'accepted',
      );
    });
  });

  describe('§8.5 count types and actions', () => {
    it('sinceImagePulled archives images and never expires them', () => {
      const pulled = { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 };
      expect(refusal(rule(1, pulled, ARCHIVE))).toBe('accepted');
      expect(refusal(rule(1, pulled))).toBe(m.PULLED_NEEDS_TRANSITION);
    });

    it('sinceImageTransitioned expires archived images, after at least 90 days in archive', () => {
      expect(refusal(rule(1, archivedFor(90)))).toBe('accepted');
      expect(refusal(rule(1, archivedFor(90), ARCHIVE))).toBe(m.TRANSITIONED_NEEDS_EXPIRE);
      expect(refusal(rule(1, archivedFor(30)))).toBe(m.ARCHIVE_MINIMUM_DAYS);
    });

    it('imageCountMoreThan and sinceImagePushed may expire or archive', () => {
      for (const action of [{ type: 'expire' }, ARCHIVE]) {
        expect(refusal(rule(1, keepLast(5), action))).toBe('accepted');
        expect(refusal(rule(1, untagged(5), action))).toBe('accepted');
      }
    });
  });

  it("the docs' archive-then-expire example is accepted", () => {
    expect(
      refusal(
        rule(
          1,
          { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 30 },
          ARCHIVE,
        ),
        rule(2, archivedFor(365)),
      ),
    ).toBe('accepted');
  });
});
