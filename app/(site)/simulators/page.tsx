import type { Metadata } from 'next';
import Link from 'next/link';
import { simulatorCatalog } from '@/components/sim/simulator-catalog';
import { formatLessonNumber, loadCourseOutline } from '@/lib/content/course';

export const metadata: Metadata = {
  title: 'Simulators',
  description: 'Every Dockyard simulator, full screen, in sandbox mode.',
};

export default function SimulatorsPage() {
  const lessons = new Map(loadCourseOutline().lessons.map((lesson) => [lesson.slug, lesson]));
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Simulators</h1>
      <p className="mt-2 max-w-[65ch] text-[var(--fg-soft)]">
        Each simulator behaves like the real service and runs entirely in your browser. Open one full screen
        to experiment freely, or meet it inside its lesson with a guided scenario.
      </p>
      <ul className="mt-8 space-y-4">
        {simulatorCatalog.map((simulator) => (
          <li key={simulator.id} className="rounded-2xl border border-[var(--border)] p-5">
            <h2 className="text-xl font-semibold">
              <Link href={`/simulators/${simulator.id}/`} className="hover:underline">
                {simulator.title}
              </Link>
            </h2>
            <p className="mt-1 text-[var(--fg-soft)]">{simulator.summary}</p>
            <p className="mt-3 flex flex-wrap gap-4 text-sm font-medium">
              <Link
                href={`/simulators/${simulator.id}/`}
                className="text-accent-700 dark:text-accent-300 underline"
              >
                Open the simulator
              </Link>
              <Link
                href={`/lessons/${simulator.lesson}/`}
                className="text-accent-700 dark:text-accent-300 underline"
              >
                Lesson {formatLessonNumber(lessons.get(simulator.lesson)?.number ?? 0)}:{' '}
                {lessons.get(simulator.lesson)?.title}
              </Link>
            </p>
          </li>
        ))}
        <li className="rounded-2xl border border-[var(--border)] p-5">
          <h2 className="text-xl font-semibold">
            <Link href="/simulators/compare/" className="hover:underline">
              Choosing your compute: one workload, side by side
            </Link>
          </h2>
          <p className="mt-1 text-[var(--fg-soft)]">
            One nginx web app on EC2 VMs, ECS on EC2, EKS, ECS on Fargate, ECS Express Mode and AWS Lambda:
            who manages what, time to first request, scaling from 3 to 30, and the cost of a simulated day,
            idle and busy.
          </p>
          <p className="mt-3 text-sm font-medium">
            <Link href="/simulators/compare/" className="text-accent-700 dark:text-accent-300 underline">
              Open the comparison
            </Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
