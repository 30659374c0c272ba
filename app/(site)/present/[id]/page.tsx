import type { Metadata } from 'next';
import { AudienceView } from '@/components/present/audience-view';
import { scenarioOrNotFound, scenarioParams } from '../scenario-pages';

export const dynamicParams = false;
export const generateStaticParams = scenarioParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const scenario = scenarioOrNotFound((await params).id);
  return { title: `${scenario.title} (audience)`, description: scenario.summary };
}

export default async function AudiencePage({ params }: { params: Promise<{ id: string }> }) {
  const scenario = scenarioOrNotFound((await params).id);
  return <AudienceView scenario={scenario} firstStep={1} />;
}
