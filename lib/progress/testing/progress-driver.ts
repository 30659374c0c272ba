import { emptyProgress, type AnswerValue, type Progress, type ReviewCard, type ThemePreference } from '../progress';
import {
  markDrillSolved,
  markLessonDone,
  recordAnswer,
  setLastSection,
  setReviewCard,
  setThemePreference,
} from '../updaters';

export const T1 = '2025-01-10T09:00:00.000Z';
export const T2 = '2025-02-20T18:30:00.000Z';
export const T3 = '2025-03-30T07:15:00.000Z';

/** Builds progress fixtures as a script: `progressOf().done('ecs-basics').answered('ecs-basics/q1', true).build()`. */
class ProgressDriver {
  constructor(private progress: Progress = emptyProgress()) {}

  done(slug: string, at = T1): this {
    this.progress = markLessonDone(this.progress, slug, at);
    return this;
  }

  reading(slug: string, section: string): this {
    this.progress = setLastSection(this.progress, slug, section);
    return this;
  }

  answered(questionId: string, correct: boolean, at = T1, answer?: AnswerValue): this {
    this.progress = recordAnswer(this.progress, questionId, correct, at, answer);
    return this;
  }

  solved(drillId: string, at = T1): this {
    this.progress = markDrillSolved(this.progress, drillId, at);
    return this;
  }

  reviewing(key: string, card: ReviewCard): this {
    this.progress = setReviewCard(this.progress, key, card);
    return this;
  }

  theme(theme: ThemePreference): this {
    this.progress = setThemePreference(this.progress, theme);
    return this;
  }

  build(): Progress {
    return this.progress;
  }
}

/** A review card last reviewed at `at`, due a day later. */
export function cardAt(at: string, reps = 1): ReviewCard {
  const due = new Date(Date.parse(at) + 24 * 60 * 60 * 1000).toISOString();
  return { due, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps, lapses: 1, state: 2, lastReview: at };
}

export function progressOf(start?: Progress): ProgressDriver {
  return new ProgressDriver(start);
}
