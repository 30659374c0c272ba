import type { Metadata } from 'next';
import { Handout } from '@/components/present/handout';
import { plannedMinutes } from '@/lib/present/scenario-schema';
import { scenarioOrNotFound, scenarioParams } from '../../scenario-pages';

export const dynamicParams = false;
export const generateStaticParams = scenarioParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const scenario = scenarioOrNotFound((await params).id);
  return { title: `${scenario.title} (handout)`, description: scenario.summary };
}

export default async function HandoutPage({ params }: { params: Promise<{ id: string }> }) {
  const scenario = scenarioOrNotFound((await params).id);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{scenario.title}</h1>
      <p className="mt-2 max-w-[70ch] text-[var(--fg-soft)]">
        {scenario.summary} {plannedMinutes(scenario)} minutes, {scenario.steps.length} steps. Print this page
        for a handout: each step starts a new page, with the simulator as it stands once the step has played.
      </p>
      <div className="mt-8">
        <Handout scenario={scenario} />
      </div>
    </div>
  );
}
