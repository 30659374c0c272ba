'use client';

import { useEffect, useRef } from 'react';
import type { Question } from '@/lib/content/schemas';
import { missedIds, type PracticeRound } from '@/lib/quiz/practice-round';
import type { PracticeLesson, PracticeSkill } from './practice-data';
import { SkillBreakdown } from './skill-breakdown';

/**
 * The end of a round: the score, each skill weakest first with the lesson to study, and the way on:
 * the missed questions again, the same choice again, or another choice.
 */
export function PracticeSummary({
  round,
  questions,
  lessons,
  skills,
  onRetryMissed,
  onAgain,
  onChange,
}: {
  round: PracticeRound;
  questions: ReadonlyMap<string, Question>;
  lessons: readonly PracticeLesson[];
  skills: readonly PracticeSkill[];
  onRetryMissed: () => void;
  /** Absent for rounds of a given list (review, retry): there is no choice to draw again. */
  onAgain?: () => void;
  onChange: () => void;
}) {
  const asked = round.ids.flatMap((id) => questions.get(id) ?? []);
  const answered = asked.filter((question) => question.id in round.results);
  const right = answered.filter((question) => round.results[question.id]).length;
  const missed = missedIds(round);
  // The last "Next" button is gone: give the focus to the results.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-8">
      <div role="status">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          {right} of {answered.length} right
        </h2>
        <p className="mt-1 text-[var(--fg-soft)]">
          {answered.length < round.ids.length
            ? `You ended the round after ${answered.length} of ${round.ids.length} questions.`
            : missed.length === 0
              ? 'Every question right on the first try.'
              : `${missed.length} to look at again.`}
        </p>
      </div>

      <SkillBreakdown asked={asked} results={round.results} lessons={lessons} skills={skills} />

      <div className="flex flex-wrap gap-3">
        {missed.length > 0 && (
          <button
            type="button"
            onClick={onRetryMissed}
            className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
          >
            Retry the {missed.length} I missed
          </button>
        )}
        {onAgain && (
        <button
          type="button"
          onClick={onAgain}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
        >
          A new round with the same choice
        </button>
        )}
        <button
          type="button"
          onClick={onChange}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
        >
          Change what to practise
        </button>
      </div>
    </div>
  );
}
