import type { Pace } from '@/lib/present/pacing';
import { clockText } from '@/lib/present/pacing';
import { cn } from '@/lib/cn';

const LOOK: Record<Pace, { words: string; className: string; shape: string }> = {
  'on-time': {
    words: 'on time',
    className: 'text-accent-700 dark:text-accent-300',
    shape: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2z',
  },
  ahead: { words: 'ahead', className: 'text-sky-700 dark:text-sky-300', shape: 'M8 2l6 10H2z' },
  behind: { words: 'behind', className: 'text-amber-700 dark:text-amber-300', shape: 'M2 2h12v12H2z' },
};

/** On time, ahead or behind the plan, by shape and words as well as colour. */
export function PaceBadge({ pace, differenceMs }: { pace: Pace; differenceMs: number }) {
  const look = LOOK[pace];
  return (
    <span className={cn('inline-flex items-center gap-1.5 font-semibold', look.className)}>
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 fill-current">
        <path d={look.shape} />
      </svg>
      {look.words}
      {pace !== 'on-time' && <span className="font-normal"> by {clockText(differenceMs)}</span>}
    </span>
  );
}
