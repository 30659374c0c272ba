import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { STROKE } from './transfer-arrows';
import type { TransferModel } from './transfer-model';

function Explanation({ transfer }: { transfer: TransferModel }) {
  const { immutable } = transfer;
  if (immutable === null) return null;
  const next = /^(\d+)\.(\d+)$/.exec(immutable.tag);
  const suggestion = next ? `${next[1]}.${Number(next[2]) + 1}` : `${immutable.tag}-2`;
  return (
    <p className="text-sm">
      <strong>Why:</strong> {immutable.repository} has IMMUTABLE tags. The tag {immutable.tag} already names
      the image pushed first, and in this repository a tag can never point at another image. Push the changed
      image under a new tag, such as {suggestion}.
    </p>
  );
}

/**
 * What the last push or pull did, in Docker's or the registry's words, above the picture where the
 * learner looks after pressing a button; for a refused tag in an IMMUTABLE repository, why.
 */
export function LastTransfer({ transfer }: { transfer: TransferModel | null }) {
  if (transfer === null) return null;
  const refused = transfer.outcome === 'refused';
  return (
    <div
      data-testid="ecr-last-transfer"
      className={cn(
        'space-y-1 rounded-lg border-2 bg-[var(--bg)] px-3 py-2',
        refused ? 'border-red-600 dark:border-red-400' : 'border-[var(--border)]',
      )}
    >
      <p className={cn('flex flex-wrap items-center gap-x-2 text-sm', STROKE[refused ? 'refused' : 'done'])}>
        <span className="flex items-center gap-1 font-semibold">
          <StateSymbol name={refused ? 'cross' : 'check'} />
          {transfer.direction === 'push' ? 'Last push' : 'Last pull'}: {refused ? 'refused' : 'done'}
        </span>
      </p>
      <p className={cn('text-sm wrap-anywhere', refused && 'font-mono')}>{transfer.message}</p>
      <Explanation transfer={transfer} />
    </div>
  );
}
