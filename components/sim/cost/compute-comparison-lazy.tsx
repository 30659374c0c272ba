'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { CompareInput } from '@/lib/compare';
import type { HeadingLevel } from './heading';

const ComputeComparisonView = dynamic(
  () => import('./compute-comparison').then((module) => module.ComputeComparisonView),
  { ssr: false, loading: () => <SimLoading title="compute comparison" /> },
);

/** The side-by-side comparison as lessons embed it (`<ComputeComparison />`): loaded only where shown. */
export function ComputeComparison({
  headingLevel = 3,
  initial,
  initialMinute,
}: {
  headingLevel?: HeadingLevel;
  /** Where it opens (an embed at a talk's step); by default the page's opening view. */
  initial?: CompareInput;
  initialMinute?: number;
}) {
  return (
    <ErrorBoundary label="the compute comparison">
      <ComputeComparisonView headingLevel={headingLevel} initial={initial} initialMinute={initialMinute} />
    </ErrorBoundary>
  );
}
