/**
 * PutLifecyclePolicy's reading of `--lifecycle-policy-text` (reference §8.5): the API's length
 * limits, then the JSON, then ECR's schema rule by rule, then the rules that tie rules together.
 */
import * as m from './messages';
import { policyProblem } from './policy-rules';
import { readRule } from './read-rule';
import { isObject, jsonType, objectProblem } from './schema-checks';
import type { LifecyclePolicyReading, LifecycleRule } from './types';

function refuse(message: string): LifecyclePolicyReading {
  return { ok: false, code: m.ERROR_CODE, message };
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The policy ECR would store for `text`, its rules sorted by priority as GetLifecyclePolicy
 * returns them, or the first refusal in ECR's words (all InvalidParameterException).
 * Never throws, whatever `text` holds.
 */
export function readLifecyclePolicy(text: string): LifecyclePolicyReading {
  // The API checks the member's length before the service reads it (PutLifecyclePolicy: 100–30,720).
  if (text.length < m.MIN_TEXT_LENGTH) return refuse(m.TEXT_TOO_SHORT);
  if (text.length > m.MAX_TEXT_LENGTH) return refuse(m.TEXT_TOO_LONG);
  const parsed = parse(text);
  // ECR maps the text onto its LifecyclePolicy object before the schema runs (moto: not JSON, or not an object).
  if (!parsed.ok || !isObject(parsed.value)) return refuse(m.COULD_NOT_MAP);
  const document = parsed.value;
  const shape = objectProblem(document, ['rules'], ['rules']);
  if (shape !== null) return refuse(shape);
  const rawRules = document['rules'];
  if (!Array.isArray(rawRules)) return refuse(m.wrongType(jsonType(rawRules), 'array'));
  if (rawRules.length === 0) return refuse(m.NO_RULES);
  const rules: LifecycleRule[] = [];
  for (const raw of rawRules) {
    const read = readRule(raw);
    if (!read.ok) return refuse(read.message);
    rules.push(read.rule);
  }
  rules.sort((a, b) => a.rulePriority - b.rulePriority);
  const problem = policyProblem(rules);
  return problem === null ? { ok: true, policy: { rules } } : refuse(problem);
}
