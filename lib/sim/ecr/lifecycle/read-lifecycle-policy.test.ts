import { describe, expect, it } from 'vitest';
import { policyText, REFERENCE_POLICY_TEXT, refusal, rule } from './lifecycle-fixtures';
import * as m from './messages';
import { readLifecyclePolicy } from './read-lifecycle-policy';

const untaggedDays = (days: number) => ({
  tagStatus: 'untagged',
  countType: 'sinceImagePushed',
  countUnit: 'days',
  countNumber: days,
});
const keepLast = (count: number) => ({
  tagStatus: 'any',
  countType: 'imageCountMoreThan',
  countNumber: count,
});

function messageFor(text: string): string {
  const read = readLifecyclePolicy(text);
  return read.ok ? 'accepted' : read.message;
}

describe('readLifecyclePolicy', () => {
  it('§8.5 accepts the reference example and returns its rules with their defaults', () => {
    const read = readLifecyclePolicy(REFERENCE_POLICY_TEXT);
    expect(read).toEqual({
      ok: true,
      policy: {
        rules: [
          {
            rulePriority: 1,
            description: 'keep last 10 prod images',
            selection: {
              tagStatus: 'tagged',
              tagPatternList: ['prod*'],
              storageClass: 'standard',
              countType: 'imageCountMoreThan',
              countNumber: 10,
            },
            action: { type: 'expire' },
          },
          {
            rulePriority: 2,
            description: 'drop untagged after 14 days',
            selection: {
              tagStatus: 'untagged',
              storageClass: 'standard',
              countType: 'sinceImagePushed',
              countUnit: 'days',
              countNumber: 14,
            },
            action: { type: 'expire' },
          },
        ],
      },
    });
  });

  it('§8.5 sorts rules by rulePriority, which need not be contiguous', () => {
    const read = readLifecyclePolicy(policyText(rule(20, keepLast(5)), rule(3, untaggedDays(1))));
    expect(read.ok && read.policy.rules.map((r) => r.rulePriority)).toEqual([3, 20]);
  });

  it('every refusal is an InvalidParameterException', () => {
    expect(readLifecyclePolicy('{}')).toMatchObject({ ok: false, code: 'InvalidParameterException' });
  });

  describe('text length (PutLifecyclePolicy: 100 to 30,720 characters)', () => {
    it('refuses a text shorter than 100 characters before reading it', () => {
      expect(messageFor('{"rules":[]}')).toBe(m.TEXT_TOO_SHORT);
      expect(messageFor('')).toBe(m.TEXT_TOO_SHORT);
    });

    it('refuses a text longer than 30,720 characters and accepts one exactly that long', () => {
      const text = policyText(rule(1, keepLast(5)));
      expect(messageFor(text.padEnd(30_720, ' '))).toBe('accepted');
      expect(messageFor(text.padEnd(30_721, ' '))).toBe(m.TEXT_TOO_LONG);
    });
  });

  describe('JSON and the document', () => {
    it('refuses text that is not JSON, or JSON that is not an object', () => {
      expect(messageFor(`${policyText(rule(1, keepLast(5)))},`)).toBe(m.COULD_NOT_MAP);
      expect(messageFor(JSON.stringify([rule(1, keepLast(5)), rule(2, untaggedDays(3))]))).toBe(
        m.COULD_NOT_MAP,
      );
      expect(messageFor(`"${'x'.repeat(120)}"`)).toBe(m.COULD_NOT_MAP);
    });

    it('needs a non-empty rules list and nothing else', () => {
      const pad = 'p'.repeat(100);
      expect(messageFor(JSON.stringify({ rule: [], note: pad }))).toBe(m.missingProperties(['rules']));
      expect(messageFor(JSON.stringify({ rules: { rulePriority: 1 }, note: pad }))).toBe(
        m.propertiesNotAllowed(['note']),
      );
      expect(messageFor(JSON.stringify({ rules: rule(1, keepLast(5)) }))).toBe(
        m.wrongType('object', 'array'),
      );
      expect(messageFor(`{"rules": []}${' '.repeat(100)}`)).toBe(m.NO_RULES);
    });
  });

  describe('a rule', () => {
    it('must be an object with rulePriority, selection and action, and no other member', () => {
      expect(refusal('keep', rule(1, keepLast(5)))).toBe(m.wrongType('string', 'object'));
      expect(refusal({ description: 'a rule that has nothing but its description to say for itself' })).toBe(
        m.missingProperties(['action', 'rulePriority', 'selection']),
      );
      expect(refusal({ ...rule(1, keepLast(5)), enabled: true })).toBe(m.propertiesNotAllowed(['enabled']));
    });

    it('§8.5 takes a positive integer rulePriority', () => {
      expect(refusal(rule(0, keepLast(5)))).toBe(m.belowMinimum(1, 0));
      expect(refusal(rule(-2, keepLast(5)))).toBe(m.belowMinimum(1, -2));
      expect(refusal(rule(1.5, keepLast(5)))).toBe(m.wrongType('number', 'integer'));
      expect(refusal({ ...rule(1, keepLast(5)), rulePriority: '1' })).toBe(m.wrongType('string', 'integer'));
      expect(refusal(rule(2 ** 31, keepLast(5)))).toBe(m.COULD_NOT_MAP);
    });

    it('§8.5 takes an optional string description', () => {
      expect(refusal({ ...rule(1, keepLast(5)), description: 7 })).toBe(m.wrongType('integer', 'string'));
    });

    it('§8.5 checks the action before the selection', () => {
      expect(refusal(rule(1, { tagStatus: 'some' }, { type: 'delete' }))).toBe(m.NO_SCHEMA_MATCHED);
    });
  });

  describe('selection', () => {
    it('needs tagStatus, countType and countNumber, and knows no other member', () => {
      expect(refusal(rule(1, { countUnit: 'days' }))).toBe(
        m.missingProperties(['countNumber', 'countType', 'tagStatus']),
      );
      expect(refusal(rule(1, { ...keepLast(5), tagSuffixList: ['-rc'] }))).toBe(
        m.propertiesNotAllowed(['tagSuffixList']),
      );
    });

    it('§8.5 tagStatus is tagged, untagged or any', () => {
      expect(refusal(rule(1, { ...keepLast(5), tagStatus: 'TAGGED' }))).toBe(
        m.notInEnum('TAGGED', ['tagged', 'untagged', 'any']),
      );
    });

    it('§8.5 tag lists are lists of strings; null is a wrong type (as ECR reports it)', () => {
      const tagged = { tagStatus: 'tagged', countType: 'imageCountMoreThan', countNumber: 5 };
      expect(refusal(rule(1, { ...tagged, tagPatternList: null }))).toBe(m.wrongType('null', 'array'));
      expect(refusal(rule(1, { ...tagged, tagPrefixList: 'prod' }))).toBe(m.wrongType('string', 'array'));
      expect(refusal(rule(1, { ...tagged, tagPrefixList: ['prod', 1] }))).toBe(
        m.wrongType('integer', 'string'),
      );
    });

    it('§8.5 countType is one of the four count types', () => {
      expect(refusal(rule(1, { ...keepLast(5), countType: 'imageCountLessThan' }))).toBe(m.NO_SCHEMA_MATCHED);
      for (const countType of ['sinceImagePushed', 'sinceImagePulled'])
        expect(
          refusal(
            rule(1, { ...untaggedDays(5), countType }, { type: 'transition', targetStorageClass: 'archive' }),
          ),
        ).toBe('accepted');
    });

    it('§8.5 countUnit days is required with every since* type and an error with imageCountMoreThan', () => {
      const { countUnit: _unit, ...noUnit } = untaggedDays(14);
      expect(refusal(rule(1, noUnit))).toBe(m.NO_SCHEMA_MATCHED);
      expect(refusal(rule(1, { ...keepLast(5), countUnit: 'days' }))).toBe(m.NO_SCHEMA_MATCHED);
      expect(refusal(rule(1, { ...untaggedDays(14), countUnit: null }))).toBe(m.NO_SCHEMA_MATCHED);
      expect(refusal(rule(1, { ...untaggedDays(14), countUnit: 'weeks' }))).toBe(
        m.notInEnum('weeks', ['days']),
      );
    });

    it('§8.5 countNumber is a positive integer, 0 not allowed', () => {
      expect(refusal(rule(1, keepLast(0)))).toBe(m.belowMinimum(1, 0));
      expect(refusal(rule(1, keepLast(-3)))).toBe(m.belowMinimum(1, -3));
      expect(refusal(rule(1, { ...keepLast(5), countNumber: '5' }))).toBe(m.wrongType('string', 'integer'));
      expect(refusal(rule(1, { ...keepLast(5), countNumber: 2.5 }))).toBe(m.wrongType('number', 'integer'));
    });

    it('§8.5 storageClass is standard or archive, and archive goes with sinceImageTransitioned only', () => {
      const archived = { tagStatus: 'any', storageClass: 'archive', countType: 'sinceImageTransitioned' };
      expect(refusal(rule(1, { ...archived, countUnit: 'days', countNumber: 365 }))).toBe('accepted');
      expect(refusal(rule(1, { ...keepLast(5), storageClass: 'standard' }))).toBe('accepted');
      expect(refusal(rule(1, { ...keepLast(5), storageClass: 'glacier' }))).toBe(
        m.notInEnum('glacier', ['standard', 'archive']),
      );
      expect(refusal(rule(1, { ...keepLast(5), storageClass: 'archive' }))).toBe(m.NO_SCHEMA_MATCHED);
      const { storageClass: _class, ...standard } = archived;
      expect(refusal(rule(1, { ...standard, countUnit: 'days', countNumber: 365 }))).toBe(
        m.NO_SCHEMA_MATCHED,
      );
    });
  });

  describe('action', () => {
    it('§8.5 type is expire or transition', () => {
      expect(refusal(rule(1, keepLast(5), { type: 'delete' }))).toBe(m.NO_SCHEMA_MATCHED);
      expect(refusal(rule(1, keepLast(5), {}))).toBe(m.missingProperties(['type']));
      expect(refusal(rule(1, keepLast(5), { type: 'expire', when: 'now' }))).toBe(
        m.propertiesNotAllowed(['when']),
      );
    });

    it('§8.5 a transition names targetStorageClass archive, and an expire names none', () => {
      expect(refusal(rule(1, keepLast(5), { type: 'transition', targetStorageClass: 'archive' }))).toBe(
        'accepted',
      );
      expect(refusal(rule(1, keepLast(5), { type: 'transition' }))).toBe(m.NO_SCHEMA_MATCHED);
      expect(refusal(rule(1, keepLast(5), { type: 'transition', targetStorageClass: 'standard' }))).toBe(
        m.NO_SCHEMA_MATCHED,
      );
      // cloudposse/terraform-aws-ecr#158: a null target on an expire action.
      expect(refusal(rule(1, keepLast(5), { type: 'expire', targetStorageClass: null }))).toBe(
        m.NO_SCHEMA_MATCHED,
      );
    });
  });
});
