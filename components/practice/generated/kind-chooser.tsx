import { cn } from '@/lib/cn';
import type { GeneratorInfo } from '@/lib/quiz/generators/catalog';

/**
 * The kinds of generated question, as large buttons: choosing one (the current one too) asks a
 * fresh question of it. The current kind is marked, not toggled.
 */
export function KindChooser({
  kinds,
  current,
  onChoose,
}: {
  kinds: readonly GeneratorInfo[];
  current: string | null;
  onChoose: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">Kind of question</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {kinds.map((kind) => (
          <button
            key={kind.id}
            type="button"
            aria-current={kind.id === current ? 'true' : undefined}
            onClick={() => onChoose(kind.id)}
            className={cn(
              'min-h-11 rounded-xl border-2 px-3 py-2 text-left',
              kind.id === current
                ? 'border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/30'
                : 'hover:border-accent-500 border-[var(--border)]',
            )}
          >
            <span className="block font-semibold">
              {kind.title}
              {kind.id === current && (
                <span className="font-normal text-[var(--fg-soft)]"> · asking now</span>
              )}
            </span>
            <span className="hidden text-sm text-[var(--fg-soft)] sm:block">{kind.summary}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
