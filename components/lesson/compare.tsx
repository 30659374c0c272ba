import type { ReactNode } from 'react';

/** Side-by-side comparison cards; they stack on a phone. */
export function Compare({ children }: { children: ReactNode }) {
  return <div className="wide grid gap-4 sm:grid-cols-2 lg:auto-cols-fr lg:grid-flow-col">{children}</div>;
}

export function CompareColumn({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0 rounded-xl border border-[var(--border)] bg-[var(--bg-soft)] p-4 sm:p-5">
      <p className="text-lg font-semibold">{title}</p>
      <div className="mt-2 space-y-2 text-[0.975rem] [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
    </section>
  );
}
