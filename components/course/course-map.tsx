'use client';

import { lazy, Suspense } from 'react';
import Link from 'next/link';
import type { CourseOutline, LessonSummary } from '@/lib/content/course';
import { courseCompletion, firstUnfinished, isLessonDone } from '@/lib/progress/selectors';
import { useProgress } from '@/components/progress/use-progress';
import { StatusIcon } from '@/components/ui/status-icon';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';
import { skillMastery } from '@/lib/quiz/mastery';
import { MasteryMeter, masteryDetail } from '@/components/practice/mastery-meter';

/** Only for a learner with review cards, once progress has loaded: not needed for the first paint. */
const ReviewDue = lazy(() => import('./review-due').then((module) => ({ default: module.ReviewDue })));

export interface SkillOnMap {
  readonly id: string;
  readonly title: string;
  readonly module: string;
  readonly questionIds: readonly string[];
}

/** Not prefetched: the map shows every lesson at once, and a learner opens one. */
function LessonRow({
  lesson,
  done,
  startHere,
}: {
  lesson: LessonSummary;
  done: boolean;
  startHere: boolean;
}) {
  return (
    <li className="flex">
      <Link
        href={`/lessons/${lesson.slug}/`}
        prefetch={false}
        className={cn(
          'group hover:border-accent-500 flex flex-1 gap-3 rounded-2xl border p-4 sm:p-5',
          startHere
            ? 'border-accent-300 bg-accent-50 dark:border-accent-700 dark:bg-accent-900/40'
            : 'border-[var(--border)]',
        )}
      >
        <StatusIcon
          status={done ? 'done' : startHere ? 'next' : 'todo'}
          className={cn(
            'mt-0.5 size-5',
            done || startHere ? 'text-accent-600 dark:text-accent-300' : 'text-[var(--fg-soft)]',
          )}
        />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold group-hover:underline">
              {String(lesson.number).padStart(2, '0')} {lesson.title}
            </span>
            <span className="text-sm text-[var(--fg-soft)]">{lesson.minutes} min</span>
          </span>
          {(done || startHere) && (
            <span className="text-accent-700 dark:text-accent-300 block text-sm font-medium">
              {done ? 'Done' : 'Start here'}
            </span>
          )}
          <span className="mt-1 block text-sm text-[var(--fg-soft)]">{lesson.summary}</span>
          <span className="sr-only">Objectives:</span>
          <ul className="mt-2 space-y-0.5 text-sm text-[var(--fg-soft)]">
            {lesson.objectives.map((objective) => (
              <li key={objective} className="flex gap-2">
                <span aria-hidden="true" className="mt-2 size-1 shrink-0 rounded-full bg-current" />
                {objective}
              </li>
            ))}
          </ul>
        </span>
      </Link>
    </li>
  );
}

/** A module's skills with the learner's level in each, and the way to practise them. */
function ModuleSkills({
  skills,
  answers,
}: {
  skills: readonly SkillOnMap[];
  answers: Parameters<typeof skillMastery>[1];
}) {
  if (skills.length === 0) return null;
  return (
    <div className="mt-4 rounded-2xl bg-[var(--bg-soft)] p-4">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">Skills</span>
        <Link
          href="/practice/"
          className="text-accent-700 dark:text-accent-300 text-sm font-medium underline"
        >
          Practise them
        </Link>
      </p>
      <ul className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2 xl:grid-cols-3">
        {skills.map((skill) => {
          const mastery = skillMastery(skill.questionIds, answers);
          return (
            <li key={skill.id} className="text-sm">
              <span className="block font-medium">{skill.title}</span>
              <MasteryMeter mastery={mastery} />
              <span className="block text-[var(--fg-soft)]">{masteryDetail(mastery)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function CourseMap({
  modules,
  lessons,
  skills,
  drillIds,
}: Pick<CourseOutline, 'modules' | 'lessons'> & {
  skills: readonly SkillOnMap[];
  drillIds: readonly string[];
}) {
  const reviewableIds = new Set([...skills.flatMap((skill) => skill.questionIds), ...drillIds]);
  const snapshot = useProgress();
  const slugs = lessons.map((lesson) => lesson.slug);
  const completion = snapshot
    ? courseCompletion(snapshot.progress, slugs)
    : { done: 0, total: slugs.length, percent: 0 };
  const next = snapshot ? firstUnfinished(snapshot.progress, slugs) : slugs[0];

  return (
    <>
      <section aria-labelledby="progress-title" className="mt-8 max-w-xl">
        <h2 id="progress-title" className="sr-only">
          Course progress
        </h2>
        <ProgressBar
          label="Course progress"
          value={completion.percent}
          text={`${completion.done} of ${completion.total} lessons done · ${completion.percent} %`}
        />
        {snapshot && Object.keys(snapshot.progress.reviews).length > 0 && (
          <Suspense fallback={null}>
            <ReviewDue progress={snapshot.progress} knownIds={reviewableIds} />
          </Suspense>
        )}
      </section>
      <div className="mt-10 space-y-12">
        {modules.map((courseModule) => {
          const minutes = courseModule.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
          return (
            <section key={courseModule.id} aria-labelledby={`module-${courseModule.id}`}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <h2 id={`module-${courseModule.id}`} className="text-2xl font-semibold">
                  {courseModule.title}
                </h2>
                <p className="text-sm text-[var(--fg-soft)]">
                  {courseModule.lessons.length} lessons · {minutes} min
                </p>
              </div>
              <p className="mt-1 max-w-[65ch] text-[var(--fg-soft)]">{courseModule.summary}</p>
              <ol className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                {courseModule.lessons.map((lesson) => (
                  <LessonRow
                    key={lesson.slug}
                    lesson={lesson}
                    done={snapshot ? isLessonDone(snapshot.progress, lesson.slug) : false}
                    startHere={lesson.slug === next}
                  />
                ))}
              </ol>
              <ModuleSkills
                skills={skills.filter((skill) => skill.module === courseModule.id)}
                answers={snapshot?.progress.answers ?? {}}
              />
            </section>
          );
        })}
      </div>
    </>
  );
}
