'use client';

import type { Question } from '@/lib/content/schemas';
import { lessonOf, resultsBySkill } from '@/lib/quiz/practice';
import { StatusIcon } from '@/components/ui/status-icon';
import type { PracticeLesson, PracticeSkill } from './practice-data';

/** How a round or an exam went per skill, weakest first, each with the lesson to study. */
export function SkillBreakdown({
  asked,
  results,
  lessons,
  skills,
}: {
  asked: readonly Question[];
  results: Readonly<Record<string, boolean>>;
  lessons: readonly PracticeLesson[];
  skills: readonly PracticeSkill[];
}) {
  const bySkill = resultsBySkill(asked, results);
  if (bySkill.length === 0) return null;
  const skillTitle = new Map(skills.map((skill) => [skill.id, skill.title]));
  const lessonBySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  // The lesson that teaches most of a skill's questions here is the one to study.
  const studyLesson = (skill: string) => {
    const counts = new Map<string, number>();
    for (const question of asked) {
      if (question.skill !== skill || !(question.id in results)) continue;
      counts.set(lessonOf(question.id), (counts.get(lessonOf(question.id)) ?? 0) + 1);
    }
    const slug = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return slug === undefined ? undefined : lessonBySlug.get(slug);
  };

  return (
    <section aria-labelledby="by-skill">
      <h3 id="by-skill" className="text-lg font-semibold">
        By skill, weakest first
      </h3>
      <ul className="mt-3 space-y-3">
        {bySkill.map((result) => {
          const lesson = studyLesson(result.skill);
          const allRight = result.right === result.total;
          return (
            <li key={result.skill} className="rounded-xl border border-[var(--border)] p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{skillTitle.get(result.skill) ?? result.skill}</span>
                <span className="flex items-center gap-2 text-sm">
                  <StatusIcon
                    status={allRight ? 'correct' : 'wrong'}
                    className={allRight ? 'text-accent-600 dark:text-accent-300 size-4' : 'size-4 text-red-600 dark:text-red-400'}
                  />
                  {result.right} of {result.total} right
                </span>
              </div>
              <div
                aria-hidden="true"
                className="mt-2 h-2.5 overflow-hidden rounded-full bg-[var(--bg-soft)] ring-1 ring-[var(--border)]"
              >
                <div
                  className="bg-accent-600 dark:bg-accent-400 h-full"
                  style={{ width: `${Math.round((result.right / result.total) * 100)}%` }}
                />
              </div>
              {lesson && !allRight && (
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
  );
}
