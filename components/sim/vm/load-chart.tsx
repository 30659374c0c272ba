'use client';

import { ChartPanel, LineSample } from './chart-panel';
import { windowOf } from './chart-scale';
import { formatCount } from './format';
import { LoadTable } from './load-table';
import { QUEUE_SERIES, RATE_SERIES, type Series } from './load-series';
import { useElementWidth } from './use-element-width';
import { selectSamples, useVmState } from './use-vm-state';

function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map((line) => (
        <li key={line.key} className="flex items-center gap-1.5">
          <LineSample line={line} />
          {line.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The last three minutes of the workload, one sample per simulated second: requests per second
 * against each side's capacity, and the requests waiting on each side. Re-renders once per
 * sample, not per frame. Screen readers get a summary on each drawing and a table of the data.
 */
export function LoadChart() {
  const samples = useVmState(selectSamples);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { shown, from, to } = windowOf(samples);
  const last = samples[samples.length - 1];
  const rateLabel = last
    ? `Requests per second over the last 3 minutes. Now: ${formatCount(last.rps)} arriving, VM capacity ${formatCount(last.vm.capacity)}, container capacity ${formatCount(last.container.capacity)}.`
    : 'Requests per second: no samples yet.';
  const queueLabel = last
    ? `Requests waiting over the last 3 minutes. Now: ${formatCount(last.vm.queue)} at the VMs, ${formatCount(last.container.queue)} at the containers.`
    : 'Requests waiting: no samples yet.';
  return (
    <div ref={ref} className="min-w-0">
      <h4 className="font-semibold">Requests per second</h4>
      <Legend series={RATE_SERIES} />
      {width > 0 && (
        <ChartPanel
          width={width}
          samples={shown}
          span={{ from, to }}
          series={RATE_SERIES}
          label={rateLabel}
        />
      )}
      <h4 className="mt-3 font-semibold">Requests waiting</h4>
      <Legend series={QUEUE_SERIES} />
      {width > 0 && (
        <ChartPanel
          width={width}
          samples={shown}
          span={{ from, to }}
          series={QUEUE_SERIES}
          label={queueLabel}
        />
      )}
      <LoadTable samples={shown} />
    </div>
  );
}
