import type { Progress } from '@/lib/progress';

/** Which review cards are due: kept apart from the scheduler so pages that only count stay light. */
export interface DueItem {
  readonly key: string;
  readonly kind: 'question' | 'drill';
  readonly id: string;
  readonly due: string;
}

/**
 * Cards due by `until` (the UI passes the end of the learner's day, so "due today" means today),
 * most overdue first; `known` leaves out ids the course no longer has.
 */
export function dueItems(
  progress: Pick<Progress, 'reviews'>,
  until: Date,
  known?: (kind: DueItem['kind'], id: string) => boolean,
): DueItem[] {
  const items: DueItem[] = [];
  for (const [key, card] of Object.entries(progress.reviews)) {
    if (Date.parse(card.due) > until.getTime()) continue;
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if ((kind !== 'question' && kind !== 'drill') || (known && !known(kind, id))) continue;
    items.push({ key, kind, id, due: card.due });
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}
