'use client';

import { isLessonDone } from '@/lib/progress/selectors';
import { updateProgress } from '@/components/progress/progress-store';
import { useProgress } from '@/components/progress/use-progress';
import { StatusIcon } from '@/components/ui/status-icon';

export function MarkDoneButton({ slug }: { slug: string }) {
  const snapshot = useProgress();
  const done = snapshot ? isLessonDone(snapshot.progress, slug) : false;
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button
        type="button"
        aria-pressed={done}
        disabled={!snapshot}
        onClick={() =>
          updateProgress((progressLibrary, progress) =>
            done
              ? progressLibrary.markLessonNotDone(progress, slug)
              : progressLibrary.markLessonDone(progress, slug, new Date().toISOString()),
          )
        }
        className={
          done
            ? 'border-accent-600 text-accent-700 dark:border-accent-300 dark:text-accent-300 inline-flex items-center gap-2 rounded-lg border px-5 py-3 font-semibold'
            : 'bg-accent-700 hover:bg-accent-800 inline-flex items-center gap-2 rounded-lg px-5 py-3 font-semibold text-white'
        }
      >
        <StatusIcon status={done ? 'done' : 'todo'} className="size-5" />
        {done ? 'Done: marked as finished' : 'Mark as done'}
      </button>
      <p role="status" className="text-sm text-[var(--fg-soft)]">
        {done ? 'Saved in this browser. Select again to undo.' : ''}
      </p>
    </div>
  );
}
