import { z } from '@/lib/zod';

/** Slugs are lowercase words joined by hyphens and never change once published. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug');

/** Point numbers of ../shared/seed/COVERAGE.md (1–33). */
export const coveragePointSchema = z.number().int().min(1).max(33);

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10).max(300),
  objectives: z.array(z.string().min(5)).min(2).max(6),
  minutes: z.number().int().min(3).max(60),
  coverage: z.array(coveragePointSchema).min(1),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const courseSchema = z.strictObject({
  title: z.string(),
  tagline: z.string(),
  modules: z
    .array(
      z.strictObject({
        id: slugSchema,
        title: z.string(),
        summary: z.string(),
        /** Lesson slugs in reading order; only written lessons are listed. */
        lessons: z.array(slugSchema),
      }),
    )
    .min(1),
});
export type Course = z.infer<typeof courseSchema>;

export const certificationSchema = z.enum(['CLF', 'SAA', 'DVA', 'SOA', 'DOP']);
export type Certification = z.infer<typeof certificationSchema>;

export const skillsSchema = z.strictObject({
  certifications: z.array(
    z.strictObject({ id: certificationSchema, name: z.string(), code: z.string(), domains: z.array(z.string()).min(1) }),
  ),
  skills: z
    .array(
      z.strictObject({
        id: slugSchema,
        title: z.string(),
        module: slugSchema,
        description: z.string(),
        /** Which exam domains this skill serves, as `CERT: domain name` pairs. */
        serves: z.array(z.strictObject({ certification: certificationSchema, domain: z.string() })).min(1),
      }),
    )
    .min(1),
});
export type Skills = z.infer<typeof skillsSchema>;

const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/, 'option ids are single letters a–z'),
  text: z.string().min(1),
  /** Why this option is right or wrong; shown after answering. */
  explanation: z.string().min(10),
});

const questionBase = {
  /** Stable forever: progress and spaced repetition key on it. `<lesson-slug>/<short-name>`. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'question ids look like lesson-slug/short-name'),
  skill: slugSchema,
  /** The lesson section (heading id) that teaches this, for "learn this" links. */
  section: slugSchema,
  /**
   * Where to try it hands-on: `lesson-slug#section-id` of a section holding a simulator, a drill or
   * another interactive piece (the build checks it). Shown after answering, beside "Learn this".
   */
  tryIt: z
    .string()
    .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'tryIt looks like lesson-slug#section-id')
    .optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  coverage: z.array(coveragePointSchema).min(1),
  stem: z.string().min(10),
};

export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...questionBase, kind: z.literal('single'), options: z.array(optionSchema).min(3).max(6), answer: z.string() }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('multiple'),
    options: z.array(optionSchema).min(4).max(7),
    answer: z.array(z.string()).min(2),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('ordering'),
    /** Options listed in the correct order; the UI shuffles them (seeded). */
    options: z.array(optionSchema).min(3).max(7),
    explanation: z.string().min(10),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('value'),
    answer: z.number(),
    /** Accepted absolute difference from `answer`. */
    tolerance: z.number().min(0).default(0),
    unit: z.string().optional(),
    explanation: z.string().min(10),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const quizBankSchema = z.strictObject({
  lesson: slugSchema,
  questions: z.array(questionSchema).min(1),
});
export type QuizBank = z.infer<typeof quizBankSchema>;

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        id: slugSchema,
        term: z.string(),
        definition: z.string().min(10),
        /** Lesson slug that teaches the term, if any. */
        lesson: slugSchema.optional(),
        aliases: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;
