import { cn } from '@/lib/cn';
import { answered } from '@/lib/compare';
import { StateSymbol } from '../state-symbol';

/** Whether the option answers every request at the chosen minute: a colour, a symbol and words. */
export function StatusLine({
  load,
  served,
  throttled,
}: {
  load: number;
  served: number;
  throttled: boolean;
}) {
  const { overloaded, words } = answered(load, served, throttled);
  if (overloaded === null)
    return (
      <p className="flex items-center gap-1.5 text-sm text-[var(--fg-soft)]">
        <StateSymbol name="ring" />
        {words}
      </p>
    );
  return (
    <p
      className={cn(
        'flex items-start gap-1.5 text-sm font-medium',
        overloaded ? 'text-red-700 dark:text-red-300' : 'text-accent-700 dark:text-accent-300',
      )}
    >
      <StateSymbol name={overloaded ? 'alert' : 'dot'} className="mt-0.5" />
      {words}
    </p>
  );
}
