import type { Comparison } from '@/lib/compare';
import { count, usd } from './format';
import { LineSwatch } from './line-marker';
import { OPTION_LOOKS } from './option-looks';

/**
 * The six options in one small table, for screens where the cards stack: replicas and cost at the
 * chosen minute, and the day's bill, readable at a glance on a 360 px phone.
 */
export function SummaryTable({
  comparison,
  minute,
  caption,
}: {
  comparison: Comparison;
  minute: number;
  caption: string;
}) {
  return (
    <table className="w-full border-collapse text-sm tabular-nums">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="text-left text-[var(--fg-soft)]">
          <th scope="col" className="py-1 pr-2 font-semibold">
            Option
          </th>
          <th scope="col" className="px-1 py-1 text-right font-semibold">
            Replicas
          </th>
          <th scope="col" className="px-1 py-1 text-right font-semibold">
            Per hour
          </th>
          <th scope="col" className="py-1 pl-1 text-right font-semibold">
            Day
          </th>
        </tr>
      </thead>
      <tbody>
        {comparison.options.map((option) => {
          const look = OPTION_LOOKS[option.id];
          return (
            <tr key={option.id} className="border-t border-[var(--border)]">
              <th scope="row" className="py-1.5 pr-2 text-left font-semibold">
                <span className="flex items-center gap-1.5">
                  <span className="hidden min-[380px]:inline">
                    <LineSwatch look={look} />
                  </span>
                  {look.short}
                </span>
              </th>
              <td className="px-1 py-1.5 text-right">{count(option.replicas[minute] ?? 0)}</td>
              <td className="px-1 py-1.5 text-right">{usd((option.costPerMinute[minute] ?? 0) * 60)}</td>
              <td className="py-1.5 pl-1 text-right font-semibold">{usd(option.dayTotal)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
