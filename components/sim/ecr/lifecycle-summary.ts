import { readLifecyclePolicy, type LifecycleRule } from '@/lib/sim/ecr/lifecycle';

/** A lifecycle policy's rules in a sentence each, for the repository card. */

export interface RuleSummary {
  readonly priority: number;
  readonly description: string | null;
  /** "tagged prod* · more than 10 images → expire". */
  readonly text: string;
}

export type PolicySummary =
  | { readonly ok: true; readonly rules: readonly RuleSummary[] }
  | { readonly ok: false; readonly message: string };

function selectionText(rule: LifecycleRule): string {
  const { selection } = rule;
  const patterns = selection.tagPatternList ?? selection.tagPrefixList?.map((prefix) => `${prefix}*`) ?? [];
  const which =
    selection.tagStatus === 'tagged'
      ? `tagged ${patterns.join(', ')}`.trim()
      : selection.tagStatus === 'untagged'
        ? 'untagged'
        : 'any image';
  const archived = selection.storageClass === 'archive' ? ' (archived)' : '';
  const days = `${selection.countNumber} day${selection.countNumber === 1 ? '' : 's'}`;
  const count = (() => {
    switch (selection.countType) {
      case 'imageCountMoreThan':
        return `more than ${selection.countNumber} image${selection.countNumber === 1 ? '' : 's'}`;
      case 'sinceImagePushed':
        return `pushed over ${days} ago`;
      case 'sinceImagePulled':
        return `not pulled for ${days}`;
      case 'sinceImageTransitioned':
        return `archived over ${days} ago`;
      default: {
        const unreachable: never = selection.countType;
        return unreachable;
      }
    }
  })();
  const action = rule.action.type === 'expire' ? 'expire' : 'move to archive';
  return `${which}${archived} · ${count} → ${action}`;
}

/** The policy's rules by priority as ECR reads them, or ECR's refusal if the text is not a policy. */
export function summarisePolicy(text: string): PolicySummary {
  const reading = readLifecyclePolicy(text);
  if (!reading.ok) return { ok: false, message: reading.message };
  return {
    ok: true,
    rules: reading.policy.rules.map((rule) => ({
      priority: rule.rulePriority,
      description: rule.description ?? null,
      text: selectionText(rule),
    })),
  };
}
