import type { ReactNode, Ref } from 'react';
import { cn } from '@/lib/cn';

/** One host of the picture: a titled region drawn as its software stack, workloads on top. */
export function HostSection({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <section
      role="group"
      aria-label={title}
      className="flex min-w-0 flex-col rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3 text-sm sm:p-4 sm:text-base"
    >
      <h3 className="text-lg leading-tight font-semibold sm:text-xl">{title}</h3>
      <p className="mb-3 text-[var(--fg-soft)]">{subtitle}</p>
      {children}
    </section>
  );
}

/**
 * One full-width layer of the stack (hardware, hypervisor, host OS, runtime): every workload above
 * it uses it at once. Layers each workload carries itself (a guest OS) are drawn in its card.
 */
export function StackLayer({
  name,
  detail,
  kind,
  children,
}: {
  name: string;
  detail: string;
  kind: 'hardware' | 'system' | 'runtime';
  children?: ReactNode;
}) {
  return (
    <div
      className={cn(
        'mt-1.5 flex flex-wrap items-baseline justify-between gap-x-3 rounded-lg border px-3 py-2',
        kind === 'hardware' && 'border-[var(--fg-soft)] bg-[var(--bg-soft)] font-semibold',
        kind === 'system' && 'border-[var(--border)] bg-[var(--bg-soft)]',
        kind === 'runtime' &&
          'border-accent-600/60 bg-accent-50 dark:border-accent-400/60 dark:bg-accent-900/30',
      )}
    >
      <span className="font-semibold">{name}</span>
      <span className="text-[var(--fg-soft)]">{detail}</span>
      {children}
    </div>
  );
}

/**
 * Where the workloads sit, resting on the layers below; an empty host says so. Always mounted,
 * so `ref` can measure the width the workloads get.
 */
export function WorkloadArea({
  empty,
  emptyText,
  children,
  ref,
}: {
  empty: boolean;
  emptyText: string;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} className="flex min-h-28 flex-1 flex-col justify-end">
      {empty ? (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-3 text-center text-[var(--fg-soft)]">
          {emptyText}
        </p>
      ) : (
        children
      )}
    </div>
  );
}
