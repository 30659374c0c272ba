import type { LoadSample } from '@/lib/sim/vm/types';
import { formatSimTime } from '../format-time';
import { formatCount } from './format';

/** One row every 15 simulated seconds. */
const EVERY_MS = 15_000;

/** The chart's data as a table for screen readers (visually hidden: the chart and summary show it). */
export function LoadTable({ samples }: { samples: readonly LoadSample[] }) {
  const rows = samples.filter((sample, index) => sample.t % EVERY_MS === 0 || index === samples.length - 1);
  if (rows.length === 0) return null;
  return (
    // A table ignores the width sr-only sets, so the wrapper does the hiding.
    <div className="sr-only">
      <table>
        <caption>Load, every 15 seconds of the last 3 minutes</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Incoming req/s</th>
            <th scope="col">VM capacity req/s</th>
            <th scope="col">Container capacity req/s</th>
            <th scope="col">Waiting at the VMs</th>
            <th scope="col">Waiting at the containers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((sample) => (
            <tr key={sample.t}>
              <th scope="row">{formatSimTime(sample.t)}</th>
              <td>{formatCount(sample.rps)}</td>
              <td>{formatCount(sample.vm.capacity)}</td>
              <td>{formatCount(sample.container.capacity)}</td>
              <td>{formatCount(sample.vm.queue)}</td>
              <td>{formatCount(sample.container.queue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
