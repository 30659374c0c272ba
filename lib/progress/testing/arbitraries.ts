import fc from 'fast-check';
import { isAnswerValue, type AnswerValue } from '../formats/answer-value';
import type { ProgressV1 } from '../formats/v1';
import type { ProgressV2 } from '../formats/v2';
import type { AnswerRecord, DrillRecord, LessonProgress, Progress, ReviewCard } from '../progress';
import type { ProgressV3 } from '../formats/v3';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';

/** How hard the property tests push: `FUZZ_RUNS=5000 npx vitest run lib/progress` for a long soak. */
export const FUZZ_RUNS = fuzzRuns();

export const slugArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
export const questionIdArb = fc.tuple(slugArb, slugArb).map(([lesson, name]) => `${lesson}/${name}`);
export const isoTimeArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

export const lessonArb: fc.Arbitrary<LessonProgress> = fc.record(
  { done: fc.boolean(), doneAt: isoTimeArb, lastSection: fc.string({ minLength: 1, maxLength: 30 }) },
  { requiredKeys: ['done'], noNullPrototype: true },
);

/** Answers as JSON can hold them: fc.jsonValue yields -0, which any JSON file writes as 0. */
export const answerValueArb: fc.Arbitrary<AnswerValue> = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => isAnswerValue(value))
  .map((value) => value as AnswerValue);

export const answerArb: fc.Arbitrary<AnswerRecord> = fc
  .record(
    {
      counts: fc.tuple(fc.nat(40), fc.nat(40)),
      lastCorrect: fc.boolean(),
      lastAnswer: answerValueArb,
      lastAt: isoTimeArb,
    },
    { requiredKeys: ['counts'], noNullPrototype: true },
  )
  .map(({ counts: [a, b], ...last }) => ({ attempts: Math.max(a, b), correct: Math.min(a, b), ...last }));

export const drillArb: fc.Arbitrary<DrillRecord> = fc.record(
  { solvedAt: isoTimeArb },
  { noNullPrototype: true },
);

export const reviewCardArb: fc.Arbitrary<ReviewCard> = fc.record(
  {
    due: isoTimeArb,
    stability: fc.double({ min: 0, max: 36500, noNaN: true }),
    difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
    scheduledDays: fc.nat(36500),
    learningSteps: fc.nat(3),
    reps: fc.nat(100),
    lapses: fc.nat(100),
    state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    lastReview: isoTimeArb,
  },
  { requiredKeys: ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state'], noNullPrototype: true },
);

export const reviewKeyArb = fc.tuple(fc.constantFrom('question', 'drill'), questionIdArb).map(([kind, id]) => `${kind}:${id}`);

const preferencesArb = fc.record(
  { theme: fc.constantFrom('light' as const, 'dark' as const, 'system' as const) },
  { requiredKeys: [], noNullPrototype: true },
);

export const progressArb: fc.Arbitrary<Progress> = fc.record(
  {
    version: fc.constant(4 as const),
    lessons: fc.dictionary(slugArb, lessonArb, { maxKeys: 8, noNullPrototype: true }),
    answers: fc.dictionary(questionIdArb, answerArb, { maxKeys: 8, noNullPrototype: true }),
    drills: fc.dictionary(questionIdArb, drillArb, { maxKeys: 4, noNullPrototype: true }),
    reviews: fc.dictionary(reviewKeyArb, reviewCardArb, { maxKeys: 4, noNullPrototype: true }),
    preferences: preferencesArb,
  },
  { noNullPrototype: true },
);

export const progressV3Arb: fc.Arbitrary<ProgressV3> = fc.record(
  {
    version: fc.constant(3 as const),
    lessons: fc.dictionary(slugArb, lessonArb, { maxKeys: 8, noNullPrototype: true }),
    answers: fc.dictionary(questionIdArb, answerArb, { maxKeys: 8, noNullPrototype: true }),
    drills: fc.dictionary(questionIdArb, drillArb, { maxKeys: 4, noNullPrototype: true }),
    preferences: preferencesArb,
  },
  { noNullPrototype: true },
);

export const progressV2Arb: fc.Arbitrary<ProgressV2> = fc.record(
  {
    version: fc.constant(2 as const),
    lessons: fc.dictionary(slugArb, lessonArb, { maxKeys: 8, noNullPrototype: true }),
    answers: fc.dictionary(questionIdArb, answerArb, { maxKeys: 8, noNullPrototype: true }),
    preferences: preferencesArb,
  },
  { noNullPrototype: true },
);

export const progressV1Arb: fc.Arbitrary<ProgressV1> = fc.record({
  version: fc.constant(1 as const),
  done: fc.array(slugArb, { maxLength: 8 }),
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the value found by walking `steps` (each picks a child by index) with `replacement`. */
export function replaceAt(value: Json, steps: readonly number[], replacement: Json): Json {
  const [step, ...rest] = steps;
  if (step === undefined || value === null || typeof value !== 'object') return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const index = step % value.length;
    return value.map((item, i) => (i === index ? replaceAt(item, rest, replacement) : item));
  }
  const keys = Object.keys(value);
  const key = keys[step % Math.max(keys.length, 1)];
  if (key === undefined) return replacement;
  return { ...value, [key]: replaceAt(value[key] as Json, rest, replacement) };
}

const storedRecordArb: fc.Arbitrary<Json> = fc
  .oneof(progressArb, progressV2Arb, progressV1Arb)
  .map((record) => JSON.parse(JSON.stringify(record)) as Json);

/** A valid record with one value somewhere inside swapped for arbitrary JSON. */
export const structurallyMutatedArb: fc.Arbitrary<string> = fc
  .tuple(storedRecordArb, fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([record, steps, replacement]) => JSON.stringify(replaceAt(record, steps, replacement as Json)));

/** A valid record's text with a slice cut out and arbitrary text put in its place. */
export const textuallyMutatedArb: fc.Arbitrary<string> = fc
  .tuple(
    storedRecordArb.map((record) => JSON.stringify(record)),
    fc.nat(),
    fc.nat(8),
    fc.string({ maxLength: 6 }),
  )
  .map(([text, at, cut, insert]) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + insert + text.slice(start + cut);
  });

/** Anything a browser's storage might hold under the progress key. */
export const storedTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        version: fc.oneof(fc.integer(), fc.double(), fc.string()),
        lessons: fc.jsonValue(),
        done: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  storedRecordArb.map((record) => JSON.stringify(record)),
  structurallyMutatedArb,
  textuallyMutatedArb,
);
