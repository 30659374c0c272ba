'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { HeadingLevel } from './heading';

const ComputeComparisonView = dynamic(
  () => import('./compute-comparison').then((module) => module.ComputeComparisonView),
  { ssr: false, loading: () => <SimLoading title="compute comparison" /> },
);

/** The side-by-side comparison as lessons embed it (`<ComputeComparison />`): loaded only where shown. */
export function ComputeComparison({ headingLevel = 3 }: { headingLevel?: HeadingLevel }) {
  return (
    <ErrorBoundary label="the compute comparison">
      <ComputeComparisonView headingLevel={headingLevel} />
    </ErrorBoundary>
  );
}
