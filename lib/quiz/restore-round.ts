import { z } from '@/lib/zod';
import { DIFFICULTIES, PRACTICE_SIZES, QUESTION_POOLS } from './practice';
import type { PracticeRound } from './practice-round';
import { restoreSaved, unknownQuestion, type Restored } from './saved-json';

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
    source: z.literal('list').optional(),
  })
  .refine((round) => round.position <= round.ids.length, { error: 'position is past the last question', path: ['position'] });

/** Reads a saved round back; one naming questions the course no longer has is reported, never half-used. */
export function restoreRound(text: string | null, knownIds: ReadonlySet<string>): Restored<PracticeRound> {
  return restoreSaved<PracticeRound>(text, roundSchema, 'round', (round) => unknownQuestion(round.ids, knownIds));
}
