import type { ServiceCounts } from './service-counts';

/** Desired, running and pending as the large numbers a room reads from the back. */
export function BigCounts({ counts }: { counts: ServiceCounts }) {
  const items = [
    { label: 'Desired', value: counts.desired },
    { label: 'Running', value: counts.running },
    { label: 'Pending', value: counts.pending },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 text-center">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-[var(--border)] bg-[var(--bg)] px-2 py-2">
          <dt className="text-base text-[var(--fg-soft)]">{item.label}</dt>
          <dd className="text-3xl font-semibold tabular-nums sm:text-4xl">
            {item.value.toLocaleString('en-US')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
