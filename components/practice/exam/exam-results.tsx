'use client';

import { useEffect, useRef } from 'react';
import type { Question } from '@/lib/content/schemas';
import { gradeResponse, initialResponse } from '@/lib/quiz/grade';
import { isAnswered, scoreExam, type ExamAttempt } from '@/lib/quiz/exam';
import { AnswerInput } from '@/components/quiz/answer-input';
import { QuestionStem } from '@/components/quiz/question-stem';
import { Feedback } from '@/components/quiz/feedback';
import { StatusIcon } from '@/components/ui/status-icon';
import type { PracticeLesson, PracticeSkill } from '../practice-data';
import { SkillBreakdown } from '../skill-breakdown';

/** After submitting: the score on AWS's scale, pass or fail, skills weakest first, and every question reviewed. */
export function ExamResults({
  attempt,
  byId,
  lessons,
  skills,
  onRetryMissed,
  onNewExam,
}: {
  attempt: ExamAttempt;
  byId: ReadonlyMap<string, Question>;
  lessons: readonly PracticeLesson[];
  skills: readonly PracticeSkill[];
  onRetryMissed: (ids: string[]) => void;
  onNewExam: () => void;
}) {
  const result = scoreExam(attempt, byId);
  // Submitting removes the button that had the focus: give it to the results.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const asked = attempt.ids.flatMap((id) => byId.get(id) ?? []);
  const missed = attempt.ids.filter((id) => !result.correct[id]);
  return (
    <div className="space-y-10">
      <div role="status" className="space-y-2">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          {attempt.title}: results
        </h2>
        {attempt.autoSubmitted && <p>Time ran out, so the exam was submitted with the answers given by then.</p>}
        <p className="flex flex-wrap items-center gap-3 text-3xl font-bold">
          <StatusIcon
            status={result.passed ? 'correct' : 'wrong'}
            className={result.passed ? 'text-accent-600 dark:text-accent-300 size-8' : 'size-8 text-red-600 dark:text-red-400'}
          />
          {result.scaled} <span className="text-xl font-semibold">{result.passed ? 'Pass' : 'Fail'}</span>
        </p>
        <p className="text-[var(--fg-soft)]">
          {result.right} of {result.total} right; the pass mark is {attempt.passScaled} on the 100–1,000 scale (a
          straight-line approximation of AWS&apos;s scaling).
        </p>
      </div>

      <div className="flex flex-wrap gap-3">
        {missed.length > 0 && (
          <button
            type="button"
            onClick={() => onRetryMissed(missed)}
            className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
          >
            Retry only the {missed.length} I missed
          </button>
        )}
        <button
          type="button"
          onClick={onNewExam}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
        >
          Another exam
        </button>
      </div>

      <SkillBreakdown asked={asked} results={result.correct} lessons={lessons} skills={skills} />

      <section aria-labelledby="review">
        <h3 id="review" className="text-lg font-semibold">
          Review every question
        </h3>
        <ol className="mt-4 space-y-8">
          {asked.map((question, index) => {
            const response = attempt.responses[question.id] ?? initialResponse(question);
            const grade = { ...gradeResponse(question, response), correct: result.correct[question.id] ?? false };
            return (
              <li key={question.id} className="rounded-2xl border border-[var(--border)] p-4 sm:p-5">
                <div role="group" aria-labelledby={`review-${question.id}`} className="wrap-anywhere">
                  <QuestionStem question={question} id={`review-${question.id}`} number={index + 1} />
                  <p className="mt-2 flex items-center gap-2 font-semibold">
                    <StatusIcon
                      status={grade.correct ? 'correct' : 'wrong'}
                      className={grade.correct ? 'text-accent-600 dark:text-accent-300 size-5' : 'size-5 text-red-600 dark:text-red-400'}
                    />
                    <span>{grade.correct ? 'Right' : isAnswered(attempt, byId, question.id) ? 'Wrong' : 'Not answered'}</span>
                    {attempt.flagged.includes(question.id) && <span className="font-normal text-[var(--fg-soft)]">· flagged</span>}
                  </p>
                  <div className="mt-3">
                    <AnswerInput question={question} response={response} grade={grade} onChange={() => {}} />
                  </div>
                  <Feedback question={question} grade={grade} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
