/**
 * One rule of a lifecycle policy checked against ECR's schema (reference §8.5,
 * lifecycle_policy_parameters): the typed rule, or the refusal for the first thing wrong with it.
 * Rules that contradict each other are `policy-rules.ts`'s business.
 */
import * as m from './messages';
import {
  enumProblem,
  integerProblem,
  isObject,
  jsonType,
  objectProblem,
  stringListProblem,
  type Json,
} from './schema-checks';
import type {
  CountType,
  LifecycleAction,
  LifecycleRule,
  LifecycleSelection,
  StorageClass,
  TagStatus,
} from './types';

export type RuleReading =
  { readonly ok: true; readonly rule: LifecycleRule } | { readonly ok: false; readonly message: string };

const TAG_STATUSES: readonly TagStatus[] = ['tagged', 'untagged', 'any'];
const COUNT_TYPES: readonly CountType[] = [
  'imageCountMoreThan',
  'sinceImagePushed',
  'sinceImagePulled',
  'sinceImageTransitioned',
];
const STORAGE_CLASSES: readonly StorageClass[] = ['standard', 'archive'];

function isCountType(value: unknown): value is CountType {
  return (COUNT_TYPES as readonly unknown[]).includes(value);
}

/**
 * The selection's schema is a oneOf of two shapes, so a count that fits neither is reported
 * only as "matched 0 out of 2" (seen for `countUnit: null`). Per the docs: `countUnit` is
 * `days` with every `since*` type and an error with `imageCountMoreThan`; `storageClass` is
 * `archive` exactly with `sinceImageTransitioned`.
 */
function countProblem(selection: Json): string | null {
  const { countType, countUnit, storageClass = 'standard' } = selection;
  if (!isCountType(countType)) return m.NO_SCHEMA_MATCHED;
  const storageProblem = enumProblem(storageClass, STORAGE_CLASSES);
  if (storageProblem !== null) return storageProblem;
  // A null unit fails the oneOf (observed); moto reports an unknown unit string as an enum failure.
  if (countUnit !== undefined && typeof countUnit !== 'string') return m.NO_SCHEMA_MATCHED;
  if (typeof countUnit === 'string' && countUnit !== 'days') return m.notInEnum(countUnit, ['days']);
  const needsUnit = countType !== 'imageCountMoreThan';
  if (needsUnit !== (countUnit === 'days')) return m.NO_SCHEMA_MATCHED;
  if ((countType === 'sinceImageTransitioned') !== (storageClass === 'archive')) return m.NO_SCHEMA_MATCHED;
  return null;
}

function selectionProblem(selection: Json): string | null {
  return (
    objectProblem(
      selection,
      ['countNumber', 'countType', 'tagStatus'],
      [
        'tagStatus',
        'tagPrefixList',
        'tagPatternList',
        'storageClass',
        'countType',
        'countUnit',
        'countNumber',
      ],
    ) ??
    enumProblem(selection['tagStatus'], TAG_STATUSES) ??
    stringListProblem(selection['tagPrefixList']) ??
    stringListProblem(selection['tagPatternList']) ??
    countProblem(selection) ??
    integerProblem(selection['countNumber'], 1)
  );
}

/** The action's schema is a oneOf too: `expire` alone, or `transition` to `archive` (observed for a null target). */
function actionProblem(action: Json): string | null {
  const shape = objectProblem(action, ['type'], ['type', 'targetStorageClass']);
  if (shape !== null) return shape;
  const { type, targetStorageClass } = action;
  if (type === 'expire' && targetStorageClass === undefined) return null;
  if (type === 'transition' && targetStorageClass === 'archive') return null;
  return m.NO_SCHEMA_MATCHED;
}

function buildSelection(selection: Json): LifecycleSelection {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : undefined);
  const tagPrefixList = list(selection['tagPrefixList']);
  const tagPatternList = list(selection['tagPatternList']);
  return {
    tagStatus: selection['tagStatus'] as TagStatus,
    ...(tagPrefixList === undefined ? {} : { tagPrefixList }),
    ...(tagPatternList === undefined ? {} : { tagPatternList }),
    storageClass: (selection['storageClass'] as StorageClass | undefined) ?? 'standard',
    countType: selection['countType'] as CountType,
    ...(selection['countUnit'] === 'days' ? { countUnit: 'days' as const } : {}),
    countNumber: selection['countNumber'] as number,
  };
}

function buildAction(action: Json): LifecycleAction {
  return action['type'] === 'transition'
    ? { type: 'transition', targetStorageClass: 'archive' }
    : { type: 'expire' };
}

/** Reads one element of `rules`. Checks run in moto's order: the rule, its action, its selection. */
export function readRule(raw: unknown): RuleReading {
  if (!isObject(raw)) return { ok: false, message: m.wrongType(jsonType(raw), 'object') };
  const { rulePriority, description, selection, action } = raw;
  const problem =
    objectProblem(
      raw,
      ['action', 'rulePriority', 'selection'],
      ['rulePriority', 'description', 'selection', 'action'],
    ) ??
    integerProblem(rulePriority, 1) ??
    (description === undefined || typeof description === 'string'
      ? null
      : m.wrongType(jsonType(description), 'string')) ??
    (isObject(action) ? actionProblem(action) : m.wrongType(jsonType(action), 'object')) ??
    (isObject(selection) ? selectionProblem(selection) : m.wrongType(jsonType(selection), 'object'));
  if (problem !== null) return { ok: false, message: problem };
  return {
    ok: true,
    rule: {
      rulePriority: rulePriority as number,
      ...(typeof description === 'string' ? { description } : {}),
      selection: buildSelection(selection as Json),
      action: buildAction(action as Json),
    },
  };
}
