import { z } from 'zod';
import { DIFFICULTIES, PRACTICE_SIZES, QUESTION_POOLS } from './practice';
import type { PracticeRound } from './practice-round';

/** Validation of a saved round: zod stays out of the practice page's first load (imported on demand). */
const filterSchema = z.strictObject({
  lessons: z.array(z.string().max(200)).max(200),
  skills: z.array(z.string().max(200)).max(200),
  difficulty: z.enum(DIFFICULTIES),
  pool: z.enum(QUESTION_POOLS),
  size: z.literal(PRACTICE_SIZES),
});

const roundSchema = z
  .strictObject({
    version: z.literal(1),
    filter: filterSchema,
    ids: z.array(z.string().max(200)).min(1).max(1000),
    position: z.int().min(0),
    results: z.record(z.string(), z.boolean()),
  })
  .refine((round) => round.position <= round.ids.length, { error: 'position is past the last question', path: ['position'] });

export type RestoredRound =
  | { readonly kind: 'none' }
  | { readonly kind: 'round'; readonly round: PracticeRound }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Reads a saved round back. A round naming questions the course no longer has, or one that is not
 * a round at all (a hand edit, another version), is reported, never half-used.
 */
export function restoreRound(text: string | null, knownIds: ReadonlySet<string>): RestoredRound {
  if (text === null) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'the saved round is not valid JSON' };
  }
  const parsed = roundSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { kind: 'unreadable', reason: `the saved round does not fit its format (${where}${issue?.message ?? 'invalid'})` };
  }
  const unknown = parsed.data.ids.find((id) => !knownIds.has(id));
  if (unknown !== undefined) return { kind: 'unreadable', reason: `the course no longer has question "${unknown}"` };
  return { kind: 'round', round: parsed.data };
}
