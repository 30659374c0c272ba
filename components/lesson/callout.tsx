import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

const styles = {
  note: { label: 'Note', box: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40' },
  tip: { label: 'Tip', box: 'border-accent-300 bg-accent-50 dark:border-accent-800 dark:bg-accent-900/30' },
  warning: {
    label: 'Watch out',
    box: 'border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40',
  },
  history: {
    label: 'History',
    box: 'border-stone-300 bg-stone-50 dark:border-stone-700 dark:bg-stone-900/50',
  },
} as const;

/** A boxed aside in a lesson. The kind is written out as text, not only shown by colour. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof styles;
  title?: string;
  children: ReactNode;
}) {
  const style = styles[kind] ?? styles.note;
  return (
    // A note, not a landmark: a lesson repeats titles such as "What to remember".
    <aside
      role="note"
      className={cn('rounded-xl border border-l-4 border-l-current p-4 sm:p-5', style.box)}
      aria-label={title ?? style.label}
    >
      <p className="text-sm font-semibold tracking-wide uppercase">
        {title ? `${style.label}: ${title}` : style.label}
      </p>
      <div className="mt-2 space-y-3 [&_a]:underline">{children}</div>
    </aside>
  );
}
