import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { count } from './format';

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
  const missing = load - served;
  if (load <= 0)
    return (
      <p className="flex items-center gap-1.5 text-sm text-[var(--fg-soft)]">
        <StateSymbol name="ring" />
        No requests
      </p>
    );
  const overloaded = missing > 0.5;
  return (
    <p
      className={cn(
        'flex items-start gap-1.5 text-sm font-medium',
        overloaded ? 'text-red-700 dark:text-red-300' : 'text-accent-700 dark:text-accent-300',
      )}
    >
      <StateSymbol name={overloaded ? 'alert' : 'dot'} className="mt-0.5" />
      {overloaded
        ? `Overloaded: ${count(missing)} req/s ${throttled ? 'throttled (429)' : 'not answered'}`
        : `Answers all ${count(load)} req/s`}
    </p>
  );
}
