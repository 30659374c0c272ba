import type { z } from '@/lib/zod';

export type Restored<T> =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Reads back something the site saved in the browser (a practice round, an exam), naming what is
 * wrong when it cannot: not JSON, not the format (with the field at fault), or `check`'s objection.
 */
export function restoreSaved<T>(
  text: string | null,
  schema: z.ZodType<T>,
  what: string,
  check: (value: T) => string | null = () => null,
): Restored<T> {
  if (text === null) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: `the saved ${what} is not valid JSON` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { kind: 'unreadable', reason: `the saved ${what} does not fit its format (${where}${issue?.message ?? 'invalid'})` };
  }
  const problem = check(parsed.data);
  return problem === null ? { kind: 'ok', value: parsed.data } : { kind: 'unreadable', reason: problem };
}

/** The first id the course no longer has, as a reason, or null. */
export function unknownQuestion(ids: readonly string[], knownIds: ReadonlySet<string>): string | null {
  const unknown = ids.find((id) => !knownIds.has(id));
  return unknown === undefined ? null : `the course no longer has question "${unknown}"`;
}
