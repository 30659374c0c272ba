'use client';

import Link from 'next/link';
import type { CourseOutline, LessonSummary } from '@/lib/content/course';
import { courseCompletion, firstUnfinished, isLessonDone } from '@/lib/progress';
import { useProgress } from '@/components/progress/use-progress';
import { StatusIcon } from '@/components/ui/status-icon';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';

function LessonRow({ lesson, done, startHere }: { lesson: LessonSummary; done: boolean; startHere: boolean }) {
  return (
    <li>
      <Link
        href={`/lessons/${lesson.slug}/`}
        className={cn(
          'group flex gap-3 rounded-lg p-3 hover:bg-[var(--bg-soft)]',
          startHere && 'bg-accent-50 ring-1 ring-accent-300 dark:bg-accent-900/40 dark:ring-accent-700',
        )}
      >
        <StatusIcon
          status={done ? 'done' : startHere ? 'next' : 'todo'}
          className={cn('mt-0.5 size-5', done || startHere ? 'text-accent-600 dark:text-accent-300' : 'text-[var(--fg-soft)]')}
        />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold group-hover:underline">
              {String(lesson.number).padStart(2, '0')} {lesson.title}
            </span>
            <span className="text-sm text-[var(--fg-soft)]">{lesson.minutes} min</span>
          </span>
          {(done || startHere) && (
            <span className="block text-sm font-medium text-accent-700 dark:text-accent-300">
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

export function CourseMap({ modules, lessons }: Pick<CourseOutline, 'modules' | 'lessons'>) {
  const snapshot = useProgress();
  const slugs = lessons.map((lesson) => lesson.slug);
  const completion = snapshot ? courseCompletion(snapshot.progress, slugs) : { done: 0, total: slugs.length, percent: 0 };
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
      </section>
      <div className="mt-10 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {modules.map((courseModule) => (
          <section
            key={courseModule.id}
            aria-labelledby={`courseModule-${courseModule.id}`}
            className="rounded-2xl border border-[var(--border)] p-4 sm:p-5"
          >
            <h2 id={`courseModule-${courseModule.id}`} className="px-3 text-xl font-semibold">
              {courseModule.title}
            </h2>
            <p className="mt-1 px-3 text-sm text-[var(--fg-soft)]">{courseModule.summary}</p>
            <ol className="mt-3 space-y-1">
              {courseModule.lessons.map((lesson) => (
                <LessonRow
                  key={lesson.slug}
                  lesson={lesson}
                  done={snapshot ? isLessonDone(snapshot.progress, lesson.slug) : false}
                  startHere={lesson.slug === next}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}
