'use client';

import { useEffect, useRef } from 'react';
import { dueItems } from '@/lib/quiz/due';
import { generatorOfQuestion, type GeneratorInfo } from '@/lib/quiz/generators/catalog';
import { useProgress } from '@/components/progress/use-progress';
import type { PracticeDrill } from './practice-data';
import { endOfToday } from './end-of-today';

/**
 * What is due for review today: missed questions (answered again as a practice round) and drills
 * whose worked solution was opened (done again in their lesson). Scheduled with FSRS.
 */
export function ReviewSection({
  questionIds,
  drills,
  onReview,
}: {
  questionIds: ReadonlySet<string>;
  drills: readonly PracticeDrill[];
  onReview: (questionIds: string[]) => void;
}) {
  const snapshot = useProgress();
  const section = useRef<HTMLElement>(null);
  const loaded = snapshot !== null;
  // The section appears once progress has loaded, after the browser tried to scroll to #review.
  useEffect(() => {
    if (loaded && window.location.hash === '#review') section.current?.scrollIntoView();
  }, [loaded]);
  if (snapshot === null) return null;
  const drillById = new Map(drills.map((drill) => [drill.id, drill]));
  const due = dueItems(snapshot.progress, endOfToday(), (kind, id) =>
    kind === 'question' ? questionIds.has(id) || generatorOfQuestion(id) !== undefined : drillById.has(id),
  );
  const dueQuestions = due.filter((item) => item.kind === 'question' && questionIds.has(item.id)).map((item) => item.id);
  // A missed generated question comes back as a fresh one of its kind: the seed does not matter, the skill does.
  const dueKinds = due.flatMap((item): GeneratorInfo[] => {
    const kind = item.kind === 'question' ? generatorOfQuestion(item.id) : undefined;
    return kind === undefined ? [] : [kind];
  });
  const dueDrills = due.flatMap((item) => (item.kind === 'drill' ? (drillById.get(item.id) ?? []) : []));
  const cards = Object.keys(snapshot.progress.reviews).length;
  const upcoming = Object.values(snapshot.progress.reviews)
    .map((card) => card.due)
    .filter((dueAt) => Date.parse(dueAt) > endOfToday().getTime())
    .sort()[0];

  return (
    <section ref={section} id="review" aria-labelledby="review-title" className="rounded-2xl border-2 border-[var(--border)] p-4 sm:p-6">
      <h2 id="review-title" className="text-2xl font-semibold">
        Review{' '}
        <span className="text-lg font-normal text-[var(--fg-soft)]">
          · {due.length === 0 ? 'nothing due today' : `${due.length} due today`}
        </span>
      </h2>
      <p className="mt-1 max-w-[65ch] text-[var(--fg-soft)]">
        Questions you missed (generated ones as a fresh question of their kind) and drills whose worked solution you
        opened come back here, spaced further apart each
        time you get them right (FSRS).{' '}
        {cards === 0
          ? 'Nothing to review yet.'
          : `${cards} ${cards === 1 ? 'card' : 'cards'} in all${upcoming ? `; the next one not due today comes back on ${new Date(upcoming).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}` : ''}.`}
      </p>
      {dueQuestions.length > 0 && (
        <button
          type="button"
          onClick={() => onReview(dueQuestions)}
          className="bg-accent-700 hover:bg-accent-800 mt-4 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
        >
          Review {dueQuestions.length} {dueQuestions.length === 1 ? 'question' : 'questions'}
        </button>
      )}
      {dueDrills.length + dueKinds.length > 0 && (
        <ul className="mt-4 space-y-2">
          {dueKinds.map((kind) => (
            <li key={kind.id}>
              <a href={`/practice/generated/#${kind.id}`} className="text-accent-700 dark:text-accent-300 font-medium underline">
                Answer a fresh one: {kind.title}
              </a>
            </li>
          ))}
          {dueDrills.map((drill) => (
            <li key={drill.id}>
              <a
                href={`/lessons/${drill.lesson}/#drill-${drill.id.split('/')[1]}`}
                className="text-accent-700 dark:text-accent-300 font-medium underline"
              >
                Do the drill again: {drill.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
