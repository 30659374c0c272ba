import {
  CONTAINER_HOST_OS_MIB,
  FIGURES,
  HOST,
  HYPERVISOR_RESERVED_MIB,
  INSTANCE_TYPES,
  SOURCES,
  WEB_APP_MEMORY,
} from '@/lib/sim/vm/figures';
import { formatRange, sourceLink } from './figure-format';
import { formatMemory } from './format';

function Source({ source }: { source: string }) {
  const link = sourceLink(source);
  if (!link) return <>{source}</>;
  return (
    <a
      href={link.href}
      target="_blank"
      rel="noreferrer"
      className="text-accent-700 dark:text-accent-300 break-all underline"
    >
      {link.text}
    </a>
  );
}

/**
 * Every number the simulator draws from, with its range and where it comes from. Durations are
 * drawn from these ranges with the seeded random generator, so each seed gives a different but
 * plausible run.
 */
export function FiguresDisclosure() {
  return (
    <details className="rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3 text-sm sm:p-4 sm:text-base">
      <summary className="cursor-pointer font-semibold">Figures and sources</summary>
      <p className="mt-2 text-[var(--fg-soft)]">
        Rough typical ranges, not AWS guarantees. Each VM and container draws its own times and sizes from
        them.
      </p>
      <ul className="mt-3 space-y-2">
        {Object.entries(FIGURES).map(([key, figure]) => (
          <li key={key}>
            <span className="font-medium">{figure.label}:</span>{' '}
            <span className="tabular-nums">{formatRange(figure)}</span>
            {!figure.confirmed && !figure.sources.includes(SOURCES.estimate) && (
              <span className="text-[var(--fg-soft)]"> (approximate)</span>
            )}
            {'note' in figure && <span className="block text-[var(--fg-soft)]">{figure.note}</span>}
            <span className="block text-[var(--fg-soft)]">
              Source:{' '}
              {figure.sources.map((source, index) => (
                <span key={source}>
                  {index > 0 && '; '}
                  <Source source={source} />
                </span>
              ))}
            </span>
          </li>
        ))}
        <li>
          <span className="font-medium">Each host:</span> {HOST.cores} cores, {formatMemory(HOST.memoryMiB)}.
          The hypervisor keeps {formatMemory(HYPERVISOR_RESERVED_MIB)}; the container host&apos;s OS, dockerd
          and containerd use {formatMemory(CONTAINER_HOST_OS_MIB)}.
          <span className="block text-[var(--fg-soft)]">Source: {SOURCES.estimate}</span>
        </li>
        <li>
          <span className="font-medium">Instance sizes:</span>{' '}
          {INSTANCE_TYPES.map((type) => `${type.name} ${formatMemory(type.memoryMiB)}`).join(', ')}. A VM
          reserves all of its memory on the host from launch.
          <span className="block text-[var(--fg-soft)]">
            Source: <Source source={SOURCES.t3Types} />
          </span>
        </li>
        <li>
          <span className="font-medium">The web app itself:</span> {WEB_APP_MEMORY.min}–{WEB_APP_MEMORY.max}{' '}
          MiB, the same in a VM or a container.
          <span className="block text-[var(--fg-soft)]">Source: {SOURCES.estimate}</span>
        </li>
      </ul>
    </details>
  );
}
