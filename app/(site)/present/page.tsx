import type { Metadata } from 'next';
import Link from 'next/link';
import { loadAllScenarios } from '@/lib/content/scenarios';
import { loadCourseOutline } from '@/lib/content/course';
import { plannedMinutes } from '@/lib/present/scenario-schema';
import { OpenScenarioFile } from '@/components/present/open-scenario-file';

export const metadata: Metadata = {
  title: 'Present',
  description:
    'Guided demos for instructors: step through a scripted simulation with speaker notes and a pacing timer while an audience window on the projector follows.',
};

const questionsForTheRoom = (count: number) =>
  `${count} ${count === 1 ? 'question' : 'questions'} for the room`;

const SIMULATOR_NAMES = {
  ecs: 'Amazon ECS simulator',
  eks: 'Amazon EKS simulator',
  ecr: 'Docker images and Amazon ECR simulator',
  vm: 'Containers and VMs simulator',
  compare: 'Compute comparison, side by side',
} as const;

export default function PresentPage() {
  const scenarios = loadAllScenarios();
  const lessons = new Map(loadCourseOutline().lessons.map((lesson) => [lesson.slug, lesson]));
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Present</h1>
      <p className="mt-2 max-w-[65ch] text-[var(--fg-soft)]">
        Scripted demos for teaching live. The presenter window has the speaker notes, the next step and a
        pacing timer; the audience window, on the projector, shows the simulator and the narration in large
        type and follows the presenter. Every step has its own address, so a reload or a link lands on the
        same state.
      </p>
      <ul className="mt-8 space-y-4">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="rounded-2xl border-2 border-[var(--border)] p-4 sm:p-5">
            <h2 className="text-xl font-semibold">{scenario.title}</h2>
            <p className="mt-1 text-sm text-[var(--fg-soft)]">
              {plannedMinutes(scenario)} minutes · {scenario.steps.length} steps ·{' '}
              {questionsForTheRoom(scenario.steps.filter((step) => step.ask !== undefined).length)} ·{' '}
              {SIMULATOR_NAMES[scenario.simulator]}
            </p>
            <p className="mt-2 max-w-[70ch]">{scenario.summary}</p>
            <p className="mt-1 text-sm">
              Goes with lesson {lessons.get(scenario.lesson)?.number}:{' '}
              <Link
                href={`/lessons/${scenario.lesson}/`}
                className="text-accent-700 dark:text-accent-300 underline"
              >
                {lessons.get(scenario.lesson)?.title}
              </Link>
            </p>
            <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
              <Link
                href={`/present/${scenario.id}/presenter/`}
                className="bg-accent-700 hover:bg-accent-800 inline-flex min-h-11 items-center rounded-lg px-4 font-semibold text-white"
              >
                Present it
              </Link>
              <Link
                href={`/present/${scenario.id}/`}
                className="text-accent-700 dark:text-accent-300 inline-flex min-h-11 items-center font-medium underline"
              >
                Audience view only
              </Link>
              <Link
                href={`/present/${scenario.id}/handout/`}
                className="text-accent-700 dark:text-accent-300 inline-flex min-h-11 items-center font-medium underline"
              >
                Handout to print
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <div className="mt-10">
        <OpenScenarioFile />
      </div>
    </div>
  );
}
