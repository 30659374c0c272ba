'use client';

/**
 * One quick action: a console line run through the store exactly as if typed, labelled with what
 * it does and the line itself. `lineClassName` says from which width the line shows whole (in a
 * narrow frame it shows on one line; the console prints it whole when it runs).
 */
export function QuickActionButton({
  label,
  line,
  onRun,
  lineClassName,
}: {
  label: string;
  line: string;
  onRun: (line: string) => void;
  lineClassName: string;
}) {
  return (
    <button
      type="button"
      onClick={() => onRun(line)}
      className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 flex min-h-12 min-w-0 flex-col items-start rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left"
    >
      <span className="font-semibold">{label}</span>
      <span className={`line-clamp-1 font-mono text-sm wrap-anywhere text-[var(--fg-soft)] ${lineClassName}`}>
        {line}
      </span>
    </button>
  );
}
