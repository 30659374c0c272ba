'use client';

import type { Question } from '@/lib/content/schemas';
import { lessonOf, resultsBySkill } from '@/lib/quiz/practice';
import { missedIds, type PracticeRound } from '@/lib/quiz/practice-round';
import { StatusIcon } from '@/components/ui/status-icon';
import type { PracticeLesson, PracticeSkill } from './practice-data';

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
  onAgain: () => void;
  onChange: () => void;
}) {
  const asked = round.ids.flatMap((id) => questions.get(id) ?? []);
  const answered = asked.filter((question) => question.id in round.results);
  const right = answered.filter((question) => round.results[question.id]).length;
  const missed = missedIds(round);
  const bySkill = resultsBySkill(asked, round.results);
  const skillTitle = new Map(skills.map((skill) => [skill.id, skill.title]));
  const lessonBySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  // The lesson that teaches most of a skill's questions in this round is the one to study.
  const studyLesson = (skill: string) => {
    const counts = new Map<string, number>();
    for (const question of answered.filter((candidate) => candidate.skill === skill)) {
      counts.set(lessonOf(question.id), (counts.get(lessonOf(question.id)) ?? 0) + 1);
    }
    const slug = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return slug === undefined ? undefined : lessonBySlug.get(slug);
  };

  return (
    <div className="space-y-8">
      <div role="status">
        <h2 className="text-2xl font-semibold">
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

      {bySkill.length > 0 && (
        <section aria-labelledby="by-skill">
          <h3 id="by-skill" className="text-lg font-semibold">
            By skill, weakest first
          </h3>
          <ul className="mt-3 space-y-3">
            {bySkill.map((result) => {
              const lesson = studyLesson(result.skill);
              const percent = Math.round((result.right / result.total) * 100);
              return (
                <li key={result.skill} className="rounded-xl border border-[var(--border)] p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="font-medium">{skillTitle.get(result.skill) ?? result.skill}</span>
                    <span className="flex items-center gap-2 text-sm">
                      <StatusIcon
                        status={result.right === result.total ? 'correct' : 'wrong'}
                        className={
                          result.right === result.total
                            ? 'text-accent-600 dark:text-accent-300 size-4'
                            : 'size-4 text-red-600 dark:text-red-400'
                        }
                      />
                      {result.right} of {result.total} right
                    </span>
                  </div>
                  <div aria-hidden="true" className="mt-2 h-2.5 overflow-hidden rounded-full bg-[var(--bg-soft)] ring-1 ring-[var(--border)]">
                    <div className="bg-accent-600 dark:bg-accent-400 h-full" style={{ width: `${percent}%` }} />
                  </div>
                  {lesson && result.right < result.total && (
                    <a
                      href={`/lessons/${lesson.slug}/`}
                      className="text-accent-700 dark:text-accent-300 mt-2 inline-block text-sm font-medium underline"
                    >
                      Study lesson {String(lesson.number).padStart(2, '0')}: {lesson.title}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

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
        <button
          type="button"
          onClick={onAgain}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
        >
          A new round with the same choice
        </button>
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
