import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { ReviewCard } from '@/lib/progress';

/**
 * Spaced repetition of what the learner missed, scheduled with FSRS (ts-fsrs). A miss creates a
 * card (or lapses an existing one) rated Again; a right answer once the card is due, or a drill
 * solved without its worked solution, rates it Good. Short-term learning steps are off, so a
 * card missed today comes back tomorrow, not in a minute: reviews are a daily habit, not a drill
 * within one sitting. Fuzz is off so schedules are reproducible.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

export const questionCardKey = (questionId: string) => `question:${questionId}`;
export const drillCardKey = (drillId: string) => `drill:${drillId}`;

function toCard(stored: ReviewCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview ? { last_review: new Date(stored.lastReview) } : {}),
  };
}

function fromCard(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewCard['state'],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/**
 * The card after this outcome, or undefined when nothing is to be kept: a right answer to
 * something that has no card (the learner never missed it) does not start one.
 */
export function reviewOutcome(
  existing: ReviewCard | undefined,
  right: boolean,
  now: Date,
  /** A card due by then counts as due: the UI passes the end of the learner's day. */
  dueBy: Date = now,
): ReviewCard | undefined {
  if (existing === undefined && right) return undefined;
  // An outcome from before the card's last review (an exam submitted late) is history, not a review.
  if (existing?.lastReview !== undefined && now.getTime() < Date.parse(existing.lastReview)) return undefined;
  // A right answer before the card is due (a retry straight after reading the explanation) is not
  // a review: it would push the card days further out without testing memory. A miss always counts.
  if (existing !== undefined && right && dueBy.getTime() < Date.parse(existing.due)) return undefined;
  const card = existing === undefined ? createEmptyCard(now) : toCard(existing);
  return fromCard(scheduler.next(card, now, right ? Rating.Good : Rating.Again).card);
}

/**
 * How a drill visit counts for review: solving it without opening the worked solution is right;
 * opening the solution before solving is a miss; opening it after solving (to compare) is neither.
 */
export function drillOutcome(event: 'solved' | 'solution-shown', state: { solved: boolean; solutionShown: boolean }): boolean | null {
  if (event === 'solved') return state.solutionShown ? null : true;
  return state.solved ? null : false;
}
