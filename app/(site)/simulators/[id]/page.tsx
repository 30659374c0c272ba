import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { simulatorCatalog } from '@/components/sim/simulator-catalog';
import { FullScreenSimulator } from '@/components/sim/full-screen-simulator';
import { openGraphFor } from '@/lib/social-card';

export const dynamicParams = false;

export function generateStaticParams() {
  return simulatorCatalog.map((simulator) => ({ id: simulator.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const simulator = simulatorCatalog.find((candidate) => candidate.id === id);
  if (!simulator) return { title: 'Simulator' };
  const { title, summary: description } = simulator;
  return { title, description, openGraph: openGraphFor({ title, description, subject: { kind: 'simulator', id } }) };
}

export default async function SimulatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const simulator = simulatorCatalog.find((candidate) => candidate.id === id);
  if (!simulator) notFound();
  return (
    <div className="mx-auto max-w-[96rem] px-3 py-6 sm:px-6">
      <p className="text-sm text-[var(--fg-soft)]">
        <Link href="/simulators/" className="hover:underline">
          Simulators
        </Link>
        <span aria-hidden="true"> / </span>
        {simulator.title}
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{simulator.title}</h1>
      <p className="mt-2 max-w-[70ch] text-[var(--fg-soft)]">
        {simulator.summary}{' '}
        <Link href={`/lessons/${simulator.lesson}/`} className="text-accent-700 underline dark:text-accent-300">
          Read the lesson
        </Link>
      </p>
      <FullScreenSimulator id={simulator.id} presetId={simulator.defaultPreset} />
    </div>
  );
}
