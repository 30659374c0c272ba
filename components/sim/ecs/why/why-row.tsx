import type { ExplanationRow } from '@/lib/sim/ecs/placement/explain';
import { StatusIcon, type Status } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';
import type { EcsInspect } from '../inspect-target';
import { checkWords } from './check-words';
import { verdictWord } from './explanation-order';

const VERDICT_ICON: Record<ExplanationRow['verdict'], Status> = {
  chosen: 'done',
  ranked: 'todo',
  filtered: 'wrong',
};

const VERDICT_COLOUR: Record<ExplanationRow['verdict'], string> = {
  chosen: 'text-accent-700 dark:text-accent-300',
  ranked: 'text-[var(--fg)]',
  filtered: 'text-red-700 dark:text-red-300',
};

/**
 * One container instance in "Why this host?": its verdict as symbol and word, its EC2 id (a button
 * that opens the container instance), its Availability Zone, then the engine's reason. Two lines,
 * so a phone and a projector both read it without a table.
 */
export function WhyRow({ row, onInspect }: { row: ExplanationRow; onInspect: EcsInspect }) {
  const filteredBy = row.filteredBy === undefined ? '' : ` by ${checkWords(row.filteredBy)}`;
  return (
    <li className="border-t border-[var(--border)] py-2 first:border-t-0">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className={cn('flex items-center gap-1.5 font-semibold', VERDICT_COLOUR[row.verdict])}>
          <StatusIcon status={VERDICT_ICON[row.verdict]} className="size-5" />
          {verdictWord(row)}
          {filteredBy}
        </span>
        <button
          type="button"
          onClick={() => onInspect({ kind: 'container-instance', id: row.containerInstanceId })}
          aria-label={`Container instance on ${row.ec2InstanceId}: show details`}
          className="text-accent-700 dark:text-accent-300 rounded font-mono break-all underline underline-offset-2 hover:no-underline"
        >
          {row.ec2InstanceId}
        </button>
        <span className="text-[var(--fg-soft)]">{row.az === '' ? 'AZ unknown' : row.az}</span>
      </p>
      <p className="mt-0.5 break-words">{row.why}</p>
    </li>
  );
}
