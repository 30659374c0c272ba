import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES, type StateLook } from './status';

export interface TallyRow {
  readonly key: string;
  readonly look: StateLook;
  readonly count: number;
}

/**
 * Too many workloads to draw one by one: a count per state (symbol, word, number) and one bar
 * split by state, so a full host stays fast and readable.
 */
export function StateTally({ rows, noun }: { rows: readonly TallyRow[]; noun: string }) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const shown = rows.filter((row) => row.count > 0);
  return (
    <div>
      <p className="font-semibold">
        {total.toLocaleString('en-US')} {noun}
      </p>
      <div aria-hidden="true" className="mt-1.5 flex h-5 gap-0.5 overflow-hidden rounded-md">
        {shown.map((row) => (
          <span
            key={row.key}
            className={cn('h-full min-w-1', TONE_CLASSES[row.look.tone].fill)}
            style={{ flexGrow: row.count, flexBasis: 0 }}
          />
        ))}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {shown.map((row) => (
          <li key={row.key} className={cn('flex items-center gap-1.5', TONE_CLASSES[row.look.tone].text)}>
            <StateSymbol name={row.look.symbol} />
            <span>
              {row.look.label}{' '}
              <span className="font-semibold tabular-nums">{row.count.toLocaleString('en-US')}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What each symbol means, shown once under a set of workloads (nothing is only on hover). */
export function StateLegend({ looks, label }: { looks: readonly StateLook[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {looks.map((look) => (
        <li key={look.label} className={cn('flex items-center gap-1', TONE_CLASSES[look.tone].text)}>
          <StateSymbol name={look.symbol} />
          {look.label}
        </li>
      ))}
    </ul>
  );
}
