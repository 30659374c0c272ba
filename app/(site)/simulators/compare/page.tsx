import type { Metadata } from 'next';
import Link from 'next/link';
import { ComputeComparison } from '@/components/sim/cost/compute-comparison-lazy';
import { comparePage } from '@/components/sim/simulator-catalog';
import { formatLessonNumber, loadCourseOutline } from '@/lib/content/course';
import { openGraphFor } from '@/lib/social-card';

const { title: TITLE, summary: SUMMARY } = comparePage;

export const metadata: Metadata = {
  title: 'Choosing your compute',
  description: SUMMARY,
  openGraph: openGraphFor({ title: TITLE, description: SUMMARY, subject: { kind: 'simulator', id: comparePage.id } }),
};

export default function CompareComputePage() {
  const lesson = loadCourseOutline().lessons.find((candidate) => candidate.slug === 'choosing-your-compute');
  return (
    <div className="mx-auto max-w-[96rem] px-3 py-6 sm:px-6">
      <p className="text-sm text-[var(--fg-soft)]">
        <Link href="/simulators/" className="hover:underline">
          Simulators
        </Link>
        <span aria-hidden="true"> / </span>
        Choosing your compute
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{TITLE}</h1>
      <p className="mt-2 max-w-[70ch] text-[var(--fg-soft)]">
        {SUMMARY}{' '}
        {lesson && (
          <Link href={`/lessons/${lesson.slug}/`} className="text-accent-700 dark:text-accent-300 underline">
            Lesson {formatLessonNumber(lesson.number)}: {lesson.title}
          </Link>
        )}
      </p>
      <ComputeComparison headingLevel={2} />
    </div>
  );
}
