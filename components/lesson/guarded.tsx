import type { ComponentType } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';

/** Wraps an interactive lesson block so that a failure in it leaves the rest of the lesson working. */
export function guarded<P extends object>(Component: ComponentType<P>, label: string): ComponentType<P> {
  function Guarded(props: P) {
    return (
      <ErrorBoundary label={label}>
        <Component {...props} />
      </ErrorBoundary>
    );
  }
  Guarded.displayName = `Guarded(${Component.displayName ?? Component.name})`;
  return Guarded;
}
