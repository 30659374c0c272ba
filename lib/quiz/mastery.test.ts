import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerRecord } from '@/lib/progress';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { MASTERY_LEVELS, masteryBySkill, skillMastery } from './mastery';

const ids = Array.from({ length: 10 }, (_, index) => `lesson/q${index}`);
const right: AnswerRecord = { attempts: 1, correct: 1, lastCorrect: true };
const wrong: AnswerRecord = { attempts: 1, correct: 0, lastCorrect: false };

function answered(rightCount: number, wrongCount: number): Record<string, AnswerRecord> {
  const answers: Record<string, AnswerRecord> = {};
  ids.slice(0, rightCount).forEach((id) => (answers[id] = right));
  ids.slice(rightCount, rightCount + wrongCount).forEach((id) => (answers[id] = wrong));
  return answers;
}

describe('skillMastery', () => {
  it('climbs from not started to mastered as more questions are answered right', () => {
    expect(skillMastery(ids, {}).level).toBe('not-started');
    expect(skillMastery(ids, answered(0, 1)).level).toBe('attempted');
    expect(skillMastery(ids, answered(1, 0)).level).toBe('attempted');
    expect(skillMastery(ids, answered(2, 0)).level).toBe('familiar');
    expect(skillMastery(ids, answered(5, 0)).level).toBe('proficient');
    expect(skillMastery(ids, answered(8, 0))).toEqual({ level: 'mastered', total: 10, right: 8, missed: 0 });
  });

  it('counts a generated kind only once it has been answered, so a new kind never lowers a level', () => {
    const withKind = [...ids, 'generated/binpack-next-host'];
    expect(skillMastery(withKind, answered(8, 0))).toEqual({ level: 'mastered', total: 10, right: 8, missed: 0 });
    const missedKind = { ...answered(8, 0), 'generated/binpack-next-host': wrong };
    expect(skillMastery(withKind, missedKind)).toMatchObject({ level: 'proficient', total: 11, missed: 1 });
  });

  it('goes down at once on a miss, and up again when that question is answered right', () => {
    const mastered = answered(9, 0);
    const afterMiss = { ...mastered, [ids[0]!]: { attempts: 2, correct: 1, lastCorrect: false } };
    expect(skillMastery(ids, afterMiss).level).toBe('proficient');
    const afterTwoMisses = { ...afterMiss, [ids[1]!]: { attempts: 2, correct: 1, lastCorrect: false } };
    expect(skillMastery(ids, afterTwoMisses).level).toBe('familiar');
    const fixed = { ...afterTwoMisses, [ids[0]!]: { attempts: 3, correct: 2, lastCorrect: true } };
    expect(skillMastery(ids, fixed).level).toBe('proficient');
  });

  it('needs at least three right answers for proficient or mastered, even in a small skill', () => {
    const small = ids.slice(0, 3);
    expect(skillMastery(small, answered(2, 0)).level).toBe('familiar');
    expect(skillMastery(small, answered(3, 0)).level).toBe('mastered');
  });

  it('reads a record without lastCorrect as right only when every attempt was', () => {
    expect(skillMastery([ids[0]!], { [ids[0]!]: { attempts: 2, correct: 2 } }).right).toBe(1);
    expect(skillMastery([ids[0]!], { [ids[0]!]: { attempts: 2, correct: 1 } }).missed).toBe(1);
  });

  it('never ranks more misses higher, whatever the answers (property)', () => {
    const answersArb = fc.dictionary(
      fc.constantFrom(...ids),
      fc.boolean().map((last): AnswerRecord => (last ? right : wrong)),
    );
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ids), (answers, id) => {
        const before = skillMastery(ids, answers);
        const after = skillMastery(ids, { ...answers, [id]: wrong });
        expect(after.right + after.missed).toBeLessThanOrEqual(ids.length);
        expect(MASTERY_LEVELS.indexOf(after.level)).toBeLessThanOrEqual(
          Math.max(MASTERY_LEVELS.indexOf(before.level), MASTERY_LEVELS.indexOf('attempted')),
        );
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('masteryBySkill', () => {
  it('groups questions by skill', () => {
    const questions = [
      { id: 'a/1', skill: 'placement' },
      { id: 'a/2', skill: 'placement' },
      { id: 'b/1', skill: 'iam' },
    ];
    const bySkill = masteryBySkill(questions, { 'a/1': right, 'a/2': right, 'b/1': wrong });
    expect(bySkill.get('placement')).toEqual({ level: 'familiar', total: 2, right: 2, missed: 0 });
    expect(bySkill.get('iam')?.level).toBe('attempted');
  });
});
