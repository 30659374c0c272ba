'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';

// The drill imports the ECS engine: loaded only on pages that show a drill, never in first-load JS.
const DrillView = dynamic(() => import('./drill-view').then((module) => module.DrillView), {
  ssr: false,
  loading: () => <SimLoading title="failure drill" />,
});

/** A failure drill as lessons embed it: `<Drill id="ecs-failure-drills/port-conflict" />`. */
export function Drill({ id }: { id: string }) {
  return (
    <ErrorBoundary label="this failure drill">
      <DrillView id={id} />
    </ErrorBoundary>
  );
}
