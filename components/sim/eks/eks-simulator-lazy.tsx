'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { Moment } from '../moment';

// The engine, console and picture load only when a page shows the simulator.
const EksSimulatorView = dynamic(() => import('./eks-simulator').then((module) => module.EksSimulatorView), {
  ssr: false,
  loading: () => <SimLoading title="Amazon EKS" />,
});

/** The Amazon EKS simulator as lessons embed it: `<EksSimulator scenario="…" moments={[…]} />`. */
export function EksSimulator({
  scenario = 'three-nodes',
  fromLink = false,
  moments,
}: {
  scenario?: string;
  fromLink?: boolean;
  moments?: readonly Moment[];
}) {
  return (
    <ErrorBoundary label="the Amazon EKS simulator">
      <EksSimulatorView presetId={scenario} fromLink={fromLink} moments={moments} />
    </ErrorBoundary>
  );
}
