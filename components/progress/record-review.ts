'use client';

import { endOfToday } from '@/components/practice/end-of-today';
import { updateProgress } from './progress-store';

/**
 * Schedules the review card of a question (`question:<id>`) or drill (`drill:<id>`) after an
 * outcome: a miss creates or lapses it, a right answer to a card moves it on. The scheduler
 * (ts-fsrs) is fetched on demand, so pages pay for it only when a learner answers.
 */
export function recordReview(key: string, right: boolean, now = new Date()) {
  void import('@/lib/quiz/review').then(({ reviewOutcome }) =>
    updateProgress((progressLibrary, progress) => {
      const next = reviewOutcome(progress.reviews[key], right, now, endOfToday(now));
      return next === undefined ? progress : progressLibrary.setReviewCard(progress, key, next);
    }),
  );
}

/** Rates a drill's review card after a visit event, by the rule in lib/quiz/review (drillOutcome). */
export function rateDrill(drillId: string, event: 'solved' | 'solution-shown', state: { solved: boolean; solutionShown: boolean }) {
  void import('@/lib/quiz/review').then(({ drillOutcome }) => {
    const right = drillOutcome(event, state);
    if (right !== null) recordReview(`drill:${drillId}`, right);
  });
}
