'use client';

import { isLessonDone } from '@/lib/progress/selectors';
import { useProgress } from '@/components/progress/use-progress';
import { StatusIcon } from '@/components/ui/status-icon';

export function LessonDoneBadge({ slug }: { slug: string }) {
  const snapshot = useProgress();
  if (!snapshot || !isLessonDone(snapshot.progress, slug)) return null;
  return (
    <span className="text-accent-700 dark:text-accent-300 inline-flex items-center gap-1.5 font-medium">
      <StatusIcon status="done" className="size-4" />
      Done
    </span>
  );
}
