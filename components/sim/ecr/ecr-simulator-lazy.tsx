'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { Moment } from '../moment';

// The engine, console and picture load only when a page shows the simulator.
const EcrSimulatorView = dynamic(() => import('./ecr-simulator').then((module) => module.EcrSimulatorView), {
  ssr: false,
  loading: () => <SimLoading title="Docker images and Amazon ECR" />,
});

/**
 * The Docker images and Amazon ECR simulator as lessons embed it: `<EcrSimulator preset="built" />`
 * (presets: empty, built, immutable, month, apple-silicon).
 */
export function EcrSimulator({
  preset = 'built',
  fromLink = false,
  moments,
}: {
  preset?: string;
  fromLink?: boolean;
  moments?: readonly Moment[];
}) {
  return (
    <ErrorBoundary label="the Docker images and Amazon ECR simulator">
      <EcrSimulatorView presetId={preset} fromLink={fromLink} moments={moments} />
    </ErrorBoundary>
  );
}
