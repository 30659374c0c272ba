import fc from 'fast-check';
import { breathe } from '@/lib/testing/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { exportProgress } from './export';
import { importProgress } from './import';
import { loadProgress, PROGRESS_KEY, saveProgress } from './load';
import { mergeProgress } from './merge';
import { emptyProgress, progressSchema } from './progress';
import { readQuarantined } from './quarantine';
import type { KeyValueStorage } from './storage';
import {
  FUZZ_RUNS,
  progressArb,
  storedTextArb,
  structurallyMutatedArb,
  textuallyMutatedArb,
} from './testing/arbitraries';
import { fakeStorage, quotaError, securityError } from './testing/fake-storage';
import { T1 } from './testing/progress-driver';

const runs = { numRuns: FUZZ_RUNS };

/** A storage whose calls throw or succeed following a generated schedule. */
function flakyStorage(
  stored: string,
  schedule: readonly boolean[],
): { storage: KeyValueStorage; inner: ReturnType<typeof fakeStorage> } {
  const inner = fakeStorage().holdingProgress(stored);
  let call = 0;
  const maybeThrow = () => {
    const fails = schedule[call++ % Math.max(schedule.length, 1)] ?? false;
    if (fails) throw call % 2 === 0 ? quotaError() : securityError();
  };
  return {
    inner,
    storage: {
      getItem: (key) => (maybeThrow(), inner.getItem(key)),
      setItem: (key, value) => (maybeThrow(), inner.setItem(key, value)),
      removeItem: (key) => (maybeThrow(), inner.removeItem(key)),
    },
  };
}

describe('loadProgress (properties)', () => {
  it('never throws and always returns valid current progress, whatever is stored', async () => {
    await fc.assert(
      fc.asyncProperty(storedTextArb, async (stored) => {
        await breathe();
        const result = loadProgress(fakeStorage().holdingProgress(stored));
        expect(progressSchema.safeParse(result.progress).success).toBe(true);
      }),
      runs,
    );
  });

  it('never throws away what it could not read: a recovered record is set aside verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(structurallyMutatedArb, textuallyMutatedArb, storedTextArb),
        async (stored) => {
          await breathe();
          const storage = fakeStorage().holdingProgress(stored);
          const result = loadProgress(storage);
          if (result.status === 'recovered') {
            expect(result.notice).toBeTruthy();
            expect(readQuarantined(storage)).toEqual([stored]);
            expect(storage.peek(result.quarantineKey ?? '')).toBe(stored);
          }
        },
      ),
      runs,
    );
  });

  it('settles: after any load, saving and loading again gives the same progress with status ok', async () => {
    await fc.assert(
      fc.asyncProperty(storedTextArb, async (stored) => {
        await breathe();
        const storage = fakeStorage().holdingProgress(stored);
        const first = loadProgress(storage);
        saveProgress(storage, first.progress);
        // Compared as stored: JSON has no -0 (a number like -1e-999 in a saved answer loads as -0, saves as 0).
        const again = loadProgress(storage);
        expect(again.status).toBe('ok');
        expect(JSON.stringify(again.progress)).toBe(JSON.stringify(first.progress));
      }),
      runs,
    );
  });

  it('never throws, and keeps damaged data somewhere, on a storage that fails at random', async () => {
    await fc.assert(
      fc.asyncProperty(storedTextArb, fc.array(fc.boolean(), { maxLength: 12 }), async (stored, schedule) => {
        await breathe();
        const { storage, inner } = flakyStorage(stored, schedule);
        const result = loadProgress(storage);
        expect(progressSchema.safeParse(result.progress).success).toBe(true);
        if (result.status === 'recovered') {
          const kept = [inner.peek(PROGRESS_KEY), result.damagedData, ...readQuarantined(inner)];
          expect(kept).toContain(stored);
        }
        expect(() => saveProgress(storage, result.progress)).not.toThrow();
      }),
      runs,
    );
  });
});

describe('importProgress (properties)', () => {
  const header = (progress: unknown) =>
    JSON.stringify({ app: 'dockyard', kind: 'progress', exportedAt: T1, progress });
  const anyFileArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    storedTextArb.map((stored) => {
      try {
        return header(JSON.parse(stored));
      } catch {
        return stored;
      }
    }),
    progressArb.map((progress) => exportProgress(progress, [], T1)),
    progressArb.chain((progress) =>
      fc.tuple(fc.nat(), fc.string({ maxLength: 4 })).map(([at, insert]) => {
        const text = exportProgress(progress, [], T1);
        const start = at % (text.length + 1);
        return text.slice(0, start) + insert + text.slice(start + 1);
      }),
    ),
  );

  it('never throws, whatever the file holds, and only ever returns valid progress', async () => {
    await fc.assert(
      fc.asyncProperty(anyFileArb, progressArb, async (text, current) => {
        await breathe();
        const result = importProgress(text, current);
        if (result.ok) expect(progressSchema.safeParse(result.progress).success).toBe(true);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('round-trips any valid progress through export and import', async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, async (progress) => {
        await breathe();
        const result = importProgress(exportProgress(progress, ['{damaged'], T1), emptyProgress());
        expect(result.ok && result.progress).toEqual(progress);
      }),
      runs,
    );
  });

  it('changes nothing when a learner imports their own export', async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, async (progress) => {
        await breathe();
        const result = importProgress(exportProgress(progress, [], T1), progress);
        expect(result).toMatchObject({
          ok: true,
          summary: 'Nothing new: everything in this file was already in your progress.',
        });
      }),
      runs,
    );
  });
});

describe('mergeProgress (properties)', () => {
  it('keeps every lesson done and drill solved on either side, and the larger tallies of every answer', async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, progressArb, async (current, imported) => {
        await breathe();
        const { progress } = mergeProgress(current, imported);
        expect(progressSchema.safeParse(progress).success).toBe(true);
        for (const side of [current, imported]) {
          for (const [slug, lesson] of Object.entries(side.lessons)) {
            if (lesson.done) expect(progress.lessons[slug]?.done).toBe(true);
          }
          for (const [id, answer] of Object.entries(side.answers)) {
            expect(progress.answers[id]?.attempts).toBeGreaterThanOrEqual(answer.attempts);
            expect(progress.answers[id]?.correct).toBeGreaterThanOrEqual(answer.correct);
          }
          for (const id of Object.keys(side.drills)) expect(progress.drills[id]?.solvedAt).toBeDefined();
        }
      }),
      runs,
    );
  });

  it('is idempotent: merging the same import twice changes nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, progressArb, async (current, imported) => {
        await breathe();
        const once = mergeProgress(current, imported).progress;
        expect(mergeProgress(once, imported).progress).toBe(once);
      }),
      runs,
    );
  });
});
