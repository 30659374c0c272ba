'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { Moment } from '../moment';

// The engine, console and picture load only when a page shows the simulator.
const EcsSimulatorView = dynamic(() => import('./ecs-simulator').then((module) => module.EcsSimulatorView), {
  ssr: false,
  loading: () => <SimLoading title="Amazon ECS" />,
});

/** The Amazon ECS simulator as lessons embed it: `<EcsSimulator scenario="…" moments={[…]} />`. */
export function EcsSimulator({
  scenario = 'three-instances',
  fromLink = false,
  moments,
}: {
  scenario?: string;
  fromLink?: boolean;
  moments?: readonly Moment[];
}) {
  return (
    <ErrorBoundary label="the Amazon ECS simulator">
      <EcsSimulatorView presetId={scenario} fromLink={fromLink} moments={moments} />
    </ErrorBoundary>
  );
}
