import { LoadChart } from './load-chart';
import { LoadSummary } from './load-summary';

/** Both hosts under the same traffic: the chart, and what it says in words beside it. */
export function LoadPanel() {
  return (
    <section
      role="group"
      aria-label="Load on both hosts"
      className="rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3 sm:p-4"
    >
      <h3 className="mb-2 text-lg font-semibold sm:text-xl">Load</h3>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <LoadSummary />
        <div className="min-w-0 lg:order-first">
          <LoadChart />
        </div>
      </div>
    </section>
  );
}
