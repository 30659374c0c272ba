import Link from 'next/link';
import { formatLessonNumber, type LessonSummary } from '@/lib/content/course';
import { LessonDoneBadge } from './lesson-done-badge';

export function LessonHeader({ lesson }: { lesson: LessonSummary }) {
  return (
    // Pagefind takes one meta per attribute: the article says it is a lesson, the header which one.
    <header data-pagefind-meta={`context:Lesson ${formatLessonNumber(lesson.number)}`}>
      <p className="text-sm text-[var(--fg-soft)]" data-pagefind-ignore="all">
        <Link href="/" prefetch={false} className="hover:underline">
          Course
        </Link>
        <span aria-hidden="true"> / </span>
        {lesson.moduleTitle}
        <span aria-hidden="true"> / </span>
        Lesson {formatLessonNumber(lesson.number)}
      </p>
      <h1 id="lesson-title" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
        {lesson.title}
      </h1>
      <p className="mt-3 max-w-[70ch] text-lg text-[var(--fg-soft)]">{lesson.summary}</p>
      <p
        className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-[var(--fg-soft)]"
        data-pagefind-ignore="all"
      >
        <span>{lesson.minutes} min with activities</span>
        <span>{lesson.readingMinutes} min read</span>
        <LessonDoneBadge slug={lesson.slug} />
      </p>
      <section
        aria-labelledby="objectives-title"
        className="mt-6 max-w-[70ch] rounded-xl border border-[var(--border)] bg-[var(--bg-soft)] p-5"
      >
        <h2
          id="objectives-title"
          className="text-sm font-semibold tracking-wide text-[var(--fg-soft)] uppercase"
        >
          By the end you can
        </h2>
        <ul className="mt-2 space-y-1.5">
          {lesson.objectives.map((objective) => (
            <li key={objective} className="flex gap-2">
              <svg
                viewBox="0 0 16 16"
                className="text-accent-600 dark:text-accent-300 mt-1.5 size-3.5 shrink-0"
                aria-hidden="true"
              >
                <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
              <span>{objective}</span>
            </li>
          ))}
        </ul>
      </section>
    </header>
  );
}
