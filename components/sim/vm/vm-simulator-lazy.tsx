'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';

const VmSimulatorView = dynamic(() => import('./vm-simulator').then((module) => module.VmSimulatorView), {
  ssr: false,
  loading: () => <SimLoading title="Containers vs virtual machines" />,
});

/** The containers-vs-VMs simulator as lessons embed it: loaded only on pages that show it. */
export function VmSimulator({ scenario = 'sandbox', fromLink = false }: { scenario?: string; fromLink?: boolean }) {
  return (
    <ErrorBoundary label="the containers-vs-VMs simulator">
      <VmSimulatorView presetId={scenario} fromLink={fromLink} />
    </ErrorBoundary>
  );
}
