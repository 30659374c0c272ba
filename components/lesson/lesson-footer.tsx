import Link from 'next/link';
import { formatLessonNumber, type LessonSummary } from '@/lib/content/course';
import { MarkDoneButton } from './mark-done-button';

function Neighbour({ lesson, direction }: { lesson: LessonSummary; direction: 'previous' | 'next' }) {
  return (
    <Link
      href={`/lessons/${lesson.slug}/`}
      rel={direction === 'next' ? 'next' : 'prev'}
      className="group hover:border-accent-500 flex flex-1 flex-col rounded-xl border border-[var(--border)] p-4"
    >
      <span className="text-sm text-[var(--fg-soft)]">
        {direction === 'next' ? 'Next lesson' : 'Previous lesson'}
      </span>
      <span className="group-hover:text-accent-700 dark:group-hover:text-accent-300 mt-1 font-semibold">
        {formatLessonNumber(lesson.number)} {lesson.title}
      </span>
      <span className="text-sm text-[var(--fg-soft)]">{lesson.minutes} min</span>
    </Link>
  );
}

export function LessonFooter({
  slug,
  previous,
  next,
}: {
  slug: string;
  previous: LessonSummary | null;
  next: LessonSummary | null;
}) {
  return (
    <footer className="mt-16 max-w-[70ch] border-t border-[var(--border)] pt-8" data-pagefind-ignore="all">
      <MarkDoneButton slug={slug} />
      <nav aria-label="Lessons" className="mt-8 flex flex-col gap-3 sm:flex-row">
        {previous && <Neighbour lesson={previous} direction="previous" />}
        {next ? (
          <Neighbour lesson={next} direction="next" />
        ) : (
          <Link
            href="/"
            className="hover:border-accent-500 flex flex-1 flex-col rounded-xl border border-[var(--border)] p-4"
          >
            <span className="text-sm text-[var(--fg-soft)]">That is the last lesson written so far</span>
            <span className="mt-1 font-semibold">Back to the course map</span>
          </Link>
        )}
      </nav>
    </footer>
  );
}
