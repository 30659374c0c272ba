import type { Metadata } from 'next';
import { AudienceView } from '@/components/present/audience-view';
import { scenarioOrNotFound, stepOrNotFound, stepParams } from '../../scenario-pages';

export const dynamicParams = false;
export const generateStaticParams = stepParams;

type Params = Promise<{ id: string; step: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, step } = await params;
  const scenario = scenarioOrNotFound(id);
  return { title: `${scenario.title}, step ${step} (audience)`, description: scenario.summary };
}

export default async function AudienceStepPage({ params }: { params: Params }) {
  const { id, step } = await params;
  const scenario = scenarioOrNotFound(id);
  return <AudienceView scenario={scenario} firstStep={stepOrNotFound(scenario, step)} />;
}
