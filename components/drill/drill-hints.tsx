import { DrillText } from './drill-text';
import { secondaryButton } from '@/components/sim/moments/moment-views';

/** Hints revealed one at a time, from a nudge to nearly the answer; each new one is announced. */
export function DrillHints({
  hints,
  shown,
  onShowMore,
}: {
  hints: readonly string[];
  shown: number;
  onShowMore: () => void;
}) {
  if (hints.length === 0) return null;
  const visible = hints.slice(0, shown);
  return (
    <div>
      <ol aria-live="polite" aria-label="Hints" className="space-y-2">
        {visible.map((hint, index) => (
          <li key={index} className="rounded-lg border border-[var(--border)] bg-[var(--bg-soft)] p-3">
            <span className="font-semibold">Hint {index + 1}: </span>
            <DrillText text={hint} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button
          type="button"
          onClick={onShowMore}
          className={`${secondaryButton} ${shown > 0 ? 'mt-3' : ''}`}
        >
          {shown === 0 ? 'Show a hint' : 'Show another hint'}{' '}
          <span className="font-normal text-[var(--fg-soft)]">
            ({shown + 1} of {hints.length})
          </span>
        </button>
      ) : (
        <p className="mt-3 text-sm text-[var(--fg-soft)]">That was the last hint.</p>
      )}
    </div>
  );
}
