/**
 * What PutLifecyclePolicy answers when it refuses a policy (InvalidParameterException, HTTP 400),
 * in ECR's words. Each text says where it comes from: an error seen in a public report, moto's
 * reproduction of the API (getmoto/moto, moto/ecr/policy_validation.py and its tests), the wording
 * of the JSON-schema validator ECR evidently runs (java-json-tools' json-schema-validator, whose
 * messages ECR returns verbatim), or "composed" where no literal source was found.
 */

export const ERROR_CODE = 'InvalidParameterException';

/** Every lifecycle refusal starts so: seen in aws-samples/amazon-ecr-kms-replication notes, many CI logs, moto. */
const PREFIX =
  "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ";

/** ECR's own sentences close the quote the prefix opened. */
function refusal(detail: string): string {
  return `${PREFIX}${detail}'`;
}

/**
 * The schema validator's texts are reported without a closing quote: seen so for the oneOf
 * failure (cloudposse/terraform-aws-ecr#132, #158) and the type mismatch
 * (simple-container-com/api#34), and in moto's oneOf and minimum texts.
 */
function schemaRefusal(detail: string): string {
  return `${PREFIX}${detail}`;
}

/** The validator prints JSON arrays compactly: `["a","b"]`. */
function jsonList(values: readonly string[]): string {
  return JSON.stringify(values);
}

// ---------------------------------------------------------------- API length limits
/** API reference PutLifecyclePolicy: lifecyclePolicyText is 100 to 30,720 characters. */
export const MIN_TEXT_LENGTH = 100;
export const MAX_TEXT_LENGTH = 30_720;

/** Seen as a real apply error, quoted in a Terraform test's comment (lower-case member name, as AWS printed it). */
export const TEXT_TOO_SHORT =
  "Invalid parameter at 'lifecyclePolicyText' failed to satisfy constraint: 'Member must have length greater than or equal to 100'";
/** Composed: the short-text message with the API's maximum. */
export const TEXT_TOO_LONG =
  "Invalid parameter at 'lifecyclePolicyText' failed to satisfy constraint: 'Member must have length less than or equal to 30720'";

// ---------------------------------------------------------------- confirmed by observed errors
/** Seen verbatim in a deploy log (2025+, since archive storage added "per storage class"). */
export const ONE_UNTAGGED_RULE = refusal('Only one rule can select Untagged images per storage class.');
/** Seen in a troubleshooting note; no period was shown after "class". */
export const ANY_RULE_LAST = refusal(
  'Rule for tagStatus=ANY must have the lowest priority per storage class',
);
/** Seen in a project's deploy notes (terraform apply). */
export const TAGGED_NEEDS_TAG_LIST = refusal(
  'Must specify tagPrefixList or tagPatternList when tagStatus=TAGGED.',
);
/** Seen for `countUnit: null` and for `targetStorageClass: null` (cloudposse/terraform-aws-ecr#132, #158). */
export const NO_SCHEMA_MATCHED = schemaRefusal(
  'instance failed to match exactly one schema (matched 0 out of 2)',
);
/** Seen for `tagPatternList: null` (simple-container-com/api#34); other types follow the validator. */
export function wrongType(found: string, allowed: string): string {
  return schemaRefusal(
    `instance type (${found}) does not match any allowed primitive type (allowed: ["${allowed}"])`,
  );
}

// ---------------------------------------------------------------- reproduced by moto
/** moto: text that is not JSON, or JSON that is not an object. */
export const COULD_NOT_MAP = refusal('Could not map policyString into LifecyclePolicy.');
/** moto, and the validator's wording (it lists every missing member, sorted). */
export function missingProperties(names: readonly string[]): string {
  return schemaRefusal(`object has missing required properties (${jsonList(names)})`);
}
/** moto: "(minimum: 1, found: 0)" for countNumber 0. */
export function belowMinimum(minimum: number, found: number): string {
  return schemaRefusal(
    `numeric instance is lower than the required minimum (minimum: ${minimum}, found: ${found})`,
  );
}

// ---------------------------------------------------------------- the validator's wording, not seen from ECR
/** moto prints it with parentheses around the list; the validator itself does not. */
export function propertiesNotAllowed(names: readonly string[]): string {
  return schemaRefusal(
    `object instance has properties which are not allowed by the schema: ${jsonList(names)}`,
  );
}
/** moto prints `instance value (keep) not found in enum :(…`; this is the validator's own form. */
export function notInEnum(value: string, allowed: readonly string[]): string {
  return schemaRefusal(
    `instance value (${JSON.stringify(value)}) not found in enum (possible values: ${jsonList(allowed)})`,
  );
}
/** An empty `rules` list. */
export const NO_RULES = schemaRefusal(
  'array is too short: must have at least 1 elements but instance has 0 elements',
);

// ---------------------------------------------------------------- composed (no literal source found)
/** Composed after TAGGED_NEEDS_TAG_LIST. */
export function tagListNotAllowed(tagStatus: 'untagged' | 'any'): string {
  return refusal(
    `Must not specify tagPrefixList or tagPatternList when tagStatus=${tagStatus.toUpperCase()}.`,
  );
}
/** Composed: the docs say a rule may give either list, "but not both". */
export const BOTH_TAG_LISTS = refusal('Must specify either tagPrefixList or tagPatternList, not both.');
/** Composed: the docs require a unique rulePriority per rule. */
export function duplicatePriority(priority: number): string {
  return refusal(`Each rule must have a unique rulePriority; ${priority} is used more than once.`);
}
/** Composed: the docs allow at most four `*` per pattern. */
export function tooManyWildcards(pattern: string): string {
  return refusal(`Tag pattern '${pattern}' has more than 4 wildcards.`);
}
/** Composed: "the set of all rules selecting a specific storage class must contain a unique set of prefixes". */
export function duplicateTagFilter(entry: string): string {
  return refusal(`Tag prefixes must be unique per storage class; '${entry}' is used by more than one rule.`);
}
/** Composed: the docs say sinceImagePulled images "are archived", never expired. */
export const PULLED_NEEDS_TRANSITION = refusal(
  'countType sinceImagePulled can only be used with action type transition.',
);
/** Composed: the docs say sinceImageTransitioned images "are expired". */
export const TRANSITIONED_NEEDS_EXPIRE = refusal(
  'countType sinceImageTransitioned can only be used with action type expire.',
);
/** Composed: archived images have a 90-day minimum; a policy cannot delete them sooner. */
export const ARCHIVE_MINIMUM_DAYS = refusal(
  'countNumber must be at least 90 when countType is sinceImageTransitioned.',
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every refusal above as a pattern, for tests that check each one is a known text. */
export const KNOWN_MESSAGES: readonly RegExp[] = [
  TEXT_TOO_SHORT,
  TEXT_TOO_LONG,
  ONE_UNTAGGED_RULE,
  ANY_RULE_LAST,
  TAGGED_NEEDS_TAG_LIST,
  NO_SCHEMA_MATCHED,
  COULD_NOT_MAP,
  NO_RULES,
  BOTH_TAG_LISTS,
  PULLED_NEEDS_TRANSITION,
  TRANSITIONED_NEEDS_EXPIRE,
  ARCHIVE_MINIMUM_DAYS,
]
  .map((text) => new RegExp(`^${escape(text)}$`))
  .concat(
    [
      /instance type \((null|boolean|integer|number|string|array|object)\) does not match any allowed primitive type \(allowed: \["\w+"\]\)/,
      /object has missing required properties \(\[("\w+",?)+\]\)/,
      /numeric instance is lower than the required minimum \(minimum: \d+, found: -?\d+\)/,
      /object instance has properties which are not allowed by the schema: \[.+\]/s,
      /instance value \(".*"\) not found in enum \(possible values: \[.+\]\)/s,
      /Must not specify tagPrefixList or tagPatternList when tagStatus=(UNTAGGED|ANY)\.'/,
      /Each rule must have a unique rulePriority; \d+ is used more than once\.'/,
      /Tag pattern '.*' has more than 4 wildcards\.'/s,
      /Tag prefixes must be unique per storage class; '.*' is used by more than one rule\.'/s,
    ].map((detail) => new RegExp(`^${escape(PREFIX)}${detail.source}$`, 's')),
  );
