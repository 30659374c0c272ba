import { z } from '@/lib/zod';
import { unknownKeys, type DroppedPart, type StoredFormat } from './format';
import { progressKeySchema, type ProgressV2 } from './v2';

/** Version 1, the first release: a flat list of finished lesson slugs. */
export interface ProgressV1 {
  readonly version: 1;
  readonly done: readonly string[];
}

export const progressV1Schema: z.ZodType<ProgressV1> = z.strictObject({
  version: z.literal(1),
  done: z.array(progressKeySchema),
});

export const progressV1Format: StoredFormat<ProgressV1> = {
  version: 1,
  schema: progressV1Schema,
  salvage(raw) {
    if (!Array.isArray(raw.done)) return null;
    const done: string[] = [];
    const dropped: DroppedPart[] = [];
    raw.done.forEach((slug: unknown, index) => {
      if (progressKeySchema.safeParse(slug).success) done.push(slug as string);
      else dropped.push({ section: 'lessons', path: `done.${index}` });
    });
    return { value: { version: 1, done }, dropped: [...dropped, ...unknownKeys(raw, ['version', 'done'])] };
  },
};

/** v1 knew only which lessons were finished, not when: `doneAt` stays unset. */
export function migrateV1ToV2(v1: ProgressV1): ProgressV2 {
  return {
    version: 2,
    lessons: Object.fromEntries(v1.done.map((slug) => [slug, { done: true }])),
    answers: {},
    preferences: {},
  };
}
