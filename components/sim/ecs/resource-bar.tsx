import { cn } from '@/lib/cn';
import { formatCount } from './labels';

/**
 * What placed tasks reserve of what the agent registered: the numbers in words (read aloud and
 * on a projector), a bar drawn from them. Amber once nearly full: the next task may not fit.
 */
export function ResourceBar({
  label,
  reserved,
  registered,
  unit,
}: {
  label: string;
  reserved: number;
  registered: number;
  unit: string;
}) {
  const share = registered > 0 ? Math.min(1, reserved / registered) : 0;
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap justify-between gap-x-2 text-sm">
        <span className="font-semibold">{label}</span>
        <span className="tabular-nums">
          {formatCount(reserved)} / {formatCount(registered)} {unit}
        </span>
      </p>
      <div
        aria-hidden="true"
        className="mt-0.5 h-2.5 overflow-hidden rounded-sm border border-[var(--fg-soft)] bg-[var(--bg)]"
      >
        <div
          className={cn(
            'h-full',
            share >= 0.9 ? 'bg-amber-500 dark:bg-amber-400' : 'bg-accent-600 dark:bg-accent-400',
          )}
          style={{ width: `${share * 100}%` }}
        />
      </div>
    </div>
  );
}
