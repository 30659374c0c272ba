import { z } from '@/lib/zod';
import type { Question } from '@/lib/content/schemas';
import type { Response } from './grade';
import type { ExamAttempt } from './exam';
import { restoreSaved, unknownQuestion, type Restored } from './saved-json';

const id = z.string().max(200);
const responseSchema: z.ZodType<Response> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), choice: z.string().max(10) }),
  z.strictObject({ kind: z.literal('multiple'), choices: z.array(z.string().max(10)).max(10) }),
  z.strictObject({ kind: z.literal('ordering'), order: z.array(z.string().max(10)).max(10) }),
  // JSON has no NaN: a value field left empty is saved as null.
  z.strictObject({ kind: z.literal('value'), value: z.number().nullable().transform((value) => value ?? Number.NaN) }),
]) as z.ZodType<Response>;

const attemptSchema = z
  .strictObject({
    version: z.literal(1),
    format: z.string().max(40),
    title: z.string().max(200),
    ids: z.array(id).min(1).max(500),
    startedAt: z.number().int().min(0),
    durationMs: z.number().int().min(1).max(24 * 60 * 60_000),
    passScaled: z.number().int().min(100).max(1000),
    responses: z.record(id, responseSchema),
    flagged: z.array(id).max(500),
    position: z.number().int().min(0),
    submittedAt: z.number().int().min(0).optional(),
    autoSubmitted: z.boolean().optional(),
  })
  .refine((attempt) => attempt.position < attempt.ids.length, { error: 'position is past the last question', path: ['position'] });

/**
 * Reads a saved exam back (validation brings zod, so the exam page imports this on demand). `kinds`
 * maps every question the course has to its kind: an answer of another kind, or a flag on a
 * question the exam does not ask, means the exam was edited or is from another version.
 */
export function restoreExam(text: string | null, kinds: ReadonlyMap<string, Question['kind']>): Restored<ExamAttempt> {
  return restoreSaved<ExamAttempt>(text, attemptSchema as z.ZodType<ExamAttempt>, 'exam', (attempt) => {
    const unknown = unknownQuestion(attempt.ids, new Set(kinds.keys()));
    if (unknown !== null) return unknown;
    const strayFlag = attempt.flagged.find((id) => !attempt.ids.includes(id));
    if (strayFlag !== undefined) return `question "${strayFlag}" is flagged but not in the exam`;
    const mismatch = Object.entries(attempt.responses).find(([id, response]) => kinds.get(id) !== response.kind);
    return mismatch === undefined ? null : `the answer to "${mismatch[0]}" is not of that question's kind`;
  });
}
