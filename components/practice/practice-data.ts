import type { Question } from '@/lib/content/schemas';

/** What the practice page needs from content/, loaded at build time and handed to the client. */
export interface PracticeLesson {
  readonly slug: string;
  readonly number: number;
  readonly title: string;
  readonly moduleTitle: string;
}

export interface PracticeSkill {
  readonly id: string;
  readonly title: string;
  readonly moduleTitle: string;
  /** The certifications (CLF, SAA, …) one of whose exam domains this skill serves. */
  readonly certifications: readonly string[];
}

export interface PracticeDrill {
  readonly id: string;
  readonly title: string;
  /** The lesson that holds the drill (its id's first part). */
  readonly lesson: string;
}

export interface PracticeData {
  readonly questions: readonly Question[];
  readonly lessons: readonly PracticeLesson[];
  readonly skills: readonly PracticeSkill[];
  readonly drills: readonly PracticeDrill[];
}
