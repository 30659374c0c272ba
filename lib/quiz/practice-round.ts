import type { PracticeFilter } from './practice';

/**
 * A practice round in progress: which questions, in which order, where the learner is, and the
 * first answer to each (a retry later in the round does not change the score). Kept in the tab's
 * session storage so a reload carries on where the learner was.
 */
export interface PracticeRound {
  readonly version: 1;
  readonly filter: PracticeFilter;
  readonly ids: readonly string[];
  /** Index into ids of the question shown; ids.length once the round is over. */
  readonly position: number;
  readonly results: Readonly<Record<string, boolean>>;
  /** "list" for a round of given questions (due reviews, missed ones), which has no choice to redraw. */
  readonly source?: 'list';
}

export const PRACTICE_ROUND_KEY = 'dockyard:practice-round';

/** A round of these questions, or null when there are none (a round must ask something). */
export function startRound(filter: PracticeFilter, ids: readonly string[], source?: 'list'): PracticeRound | null {
  if (ids.length === 0) return null;
  return { version: 1, filter, ids, position: 0, results: {}, ...(source ? { source } : {}) };
}

export function currentId(round: PracticeRound): string | undefined {
  return round.ids[round.position];
}

export function isOver(round: PracticeRound): boolean {
  return round.position >= round.ids.length;
}

/** Keeps the first answer to each question of the round. */
export function recordResult(round: PracticeRound, id: string, correct: boolean): PracticeRound {
  if (id in round.results) return round;
  return { ...round, results: { ...round.results, [id]: correct } };
}

export function advance(round: PracticeRound): PracticeRound {
  return { ...round, position: Math.min(round.position + 1, round.ids.length) };
}

/** The questions of a finished round the learner got wrong, in round order. */
export function missedIds(round: PracticeRound): string[] {
  return round.ids.filter((id) => round.results[id] === false);
}
