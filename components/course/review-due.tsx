'use client';

import Link from 'next/link';
import { dueItems } from '@/lib/quiz/due';
import { endOfToday } from '@/components/practice/end-of-today';

/**
 * "Review: 3 due today", linking to the practice page's review. The course map shows it (and loads
 * it) only once the learner has review cards.
 */
export function ReviewDue({ progress, knownIds }: { progress: Parameters<typeof dueItems>[0]; knownIds: ReadonlySet<string> }) {
  // Counted as the practice page counts them: only questions and drills the course still has.
  const due = dueItems(progress, endOfToday(), (_kind, id) => knownIds.has(id)).length;
  return (
    <p className="mt-2 text-sm">
      <Link href="/practice/#review" className="text-accent-700 dark:text-accent-300 font-medium underline">
        Review: {due === 0 ? 'nothing due today' : `${due} due today`}
      </Link>
    </p>
  );
}
