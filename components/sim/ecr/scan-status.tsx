import { cn } from '@/lib/cn';
import { SEVERITIES } from '@/lib/sim/ecr/scans';
import type { ScanSeverity } from '@/lib/sim/ecr/types';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import { EcrIcon } from './ecr-icons';
import type { ScanModel } from './registry-model';

/** CRITICAL and HIGH stand out as filled badges; the rest are outlined. Each carries its word. */
const SEVERITY_CLASSES: Record<ScanSeverity, string> = {
  CRITICAL: 'border-red-700 bg-red-700 text-white dark:border-red-300 dark:bg-red-300 dark:text-black',
  HIGH: 'border-orange-700 bg-orange-700 text-white dark:border-orange-300 dark:bg-orange-300 dark:text-black',
  MEDIUM: 'border-amber-700 text-amber-800 dark:border-amber-300 dark:text-amber-200',
  LOW: 'border-[var(--fg-soft)] text-[var(--fg)]',
  INFORMATIONAL: 'border-[var(--fg-soft)] text-[var(--fg-soft)]',
  UNDEFINED: 'border-[var(--fg-soft)] text-[var(--fg-soft)]',
};

/** An image's basic scan: not scanned, in progress, no findings, or its findings counted by severity. */
export function ScanStatus({ scan }: { scan: ScanModel | null }) {
  if (scan === null)
    return (
      <span className="inline-flex items-center gap-1 text-sm text-[var(--fg-soft)]">
        <EcrIcon name="shield" />
        Not scanned
      </span>
    );
  if (scan.status === 'IN_PROGRESS')
    return (
      <span className={cn('inline-flex items-center gap-1 text-sm font-semibold', TONE_CLASSES.busy.text)}>
        <StateSymbol name="quarter" />
        Scan in progress
      </span>
    );
  const found = SEVERITIES.filter((severity) => (scan.counts[severity] ?? 0) > 0);
  if (found.length === 0)
    return (
      <span className={cn('inline-flex items-center gap-1 text-sm font-semibold', TONE_CLASSES.ready.text)}>
        <StateSymbol name="check" />
        Scan: no findings
      </span>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-sm">
      <EcrIcon name="shield" />
      <span>Scan:</span>
      {found.map((severity) => (
        <span
          key={severity}
          className={cn('rounded border px-1 text-xs font-bold', SEVERITY_CLASSES[severity])}
        >
          {severity} {scan.counts[severity]}
        </span>
      ))}
    </span>
  );
}
