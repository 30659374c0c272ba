import type { Metadata } from 'next';
import { PresenterView } from '@/components/present/presenter-view';
import { scenarioOrNotFound, stepOrNotFound, stepParams } from '../../../scenario-pages';

export const dynamicParams = false;
export const generateStaticParams = stepParams;

type Params = Promise<{ id: string; step: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, step } = await params;
  const scenario = scenarioOrNotFound(id);
  return { title: `${scenario.title}, step ${step} (presenter)`, description: scenario.summary };
}

export default async function PresenterStepPage({ params }: { params: Params }) {
  const { id, step } = await params;
  const scenario = scenarioOrNotFound(id);
  return <PresenterView scenario={scenario} firstStep={stepOrNotFound(scenario, step)} />;
}
