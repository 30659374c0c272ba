import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbeddedSimulator } from '@/components/embed/embedded-simulator';
import { EMBEDS, embedData } from '../embed-catalog';

export const dynamicParams = false;

export function generateStaticParams() {
  return EMBEDS.map((embed) => ({ id: embed.id }));
}

type Params = Promise<{ id: string }>;

function embedOrNotFound(id: string) {
  const embed = EMBEDS.find((candidate) => candidate.id === id);
  if (!embed) notFound();
  return embed;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const embed = embedOrNotFound((await params).id);
  // An embed is a piece of another page: search engines should find the lesson or the full simulator.
  return { title: `${embed.title} (embedded)`, robots: { index: false, follow: true } };
}

/** A simulator alone, for an iframe in an instructor's page (/embed/ID/, with a share link's hash or a query). */
export default async function EmbedPage({ params }: { params: Params }) {
  const embed = embedOrNotFound((await params).id);
  const { catalog, scripts } = embedData(embed.id);
  return <EmbeddedSimulator id={embed.id} catalog={catalog} scripts={scripts} />;
}
