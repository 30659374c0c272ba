import { cn } from '@/lib/cn';
import type { Comparison } from '@/lib/compare';
import { count, usd } from '@/lib/compare/format';
import { LineSwatch } from './line-marker';
import { OPTION_LOOKS } from './option-looks';
import { StatusLine } from './status-line';

/**
 * The six options in one small table, for screens where the cards stack: replicas and cost at the
 * chosen minute, and the day's bill, readable at a glance on a 360 px phone. `withAnswers` adds
 * whether each answers every request, for a talk's stage, where the room reads the table first.
 */
export function SummaryTable({
  comparison,
  minute,
  caption,
  withAnswers = false,
}: {
  comparison: Comparison;
  minute: number;
  caption: string;
  withAnswers?: boolean;
}) {
  const load = comparison.load[minute] ?? 0;
  // With the answers, a narrow stage (a phone) puts each under its option's name and drops the
  // hourly cost: the day's bill stays.
  const hourly = withAnswers ? '@max-md:hidden' : '';
  return (
    <table
      className={cn('w-full border-collapse tabular-nums', withAnswers ? 'text-sm @lg:text-base' : 'text-sm')}
    >
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="text-left text-[var(--fg-soft)]">
          <th scope="col" className="py-1 pr-2 font-semibold">
            Option
          </th>
          <th scope="col" className="px-1 py-1 text-right font-semibold">
            Replicas
          </th>
          {withAnswers && (
            <th scope="col" className="px-2 py-1 font-semibold @max-md:hidden">
              Requests
            </th>
          )}
          <th scope="col" className={cn('px-1 py-1 text-right font-semibold', hourly)}>
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
          const status = withAnswers && (
            <StatusLine
              load={load}
              served={option.servedRps[minute] ?? 0}
              throttled={option.id === 'lambda'}
            />
          );
          return (
            <tr key={option.id} className="border-t border-[var(--border)]">
              <th scope="row" className="py-1.5 pr-2 text-left font-semibold">
                <span className="flex items-center gap-1.5">
                  <span className="hidden min-[380px]:inline">
                    <LineSwatch look={look} />
                  </span>
                  {look.short}
                </span>
                {status && <div className="mt-0.5 font-normal @md:hidden">{status}</div>}
              </th>
              <td className="px-1 py-1.5 text-right">{count(option.replicas[minute] ?? 0)}</td>
              {status && <td className="px-2 py-1.5 @max-md:hidden">{status}</td>}
              <td className={cn('px-1 py-1.5 text-right', hourly)}>
                {usd((option.costPerMinute[minute] ?? 0) * 60)}
              </td>
              <td className="py-1.5 pl-1 text-right font-semibold">{usd(option.dayTotal)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
