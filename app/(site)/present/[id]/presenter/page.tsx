import type { Metadata } from 'next';
import { PresenterView } from '@/components/present/presenter-view';
import { scenarioOrNotFound, scenarioParams } from '../../scenario-pages';

export const dynamicParams = false;
export const generateStaticParams = scenarioParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const scenario = scenarioOrNotFound((await params).id);
  return { title: `${scenario.title} (presenter)`, description: scenario.summary };
}

export default async function PresenterPage({ params }: { params: Promise<{ id: string }> }) {
  const scenario = scenarioOrNotFound((await params).id);
  return <PresenterView scenario={scenario} firstStep={1} />;
}
