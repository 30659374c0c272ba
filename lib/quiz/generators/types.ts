import type { Question } from '@/lib/content/schemas';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import type { GeneratorInfo } from './catalog';

/**
 * A question built from a seed: the simulator builds a small situation, asks about it, and computes
 * the answer itself. Everything here is plain data except the sessions `before` and `after`, which
 * `lines` and `seed` rebuild.
 */
export interface GeneratedQuestion {
  readonly generator: string;
  readonly seed: number;
  /** An ordinary question (id `generated/<generator>`), graded like every other. */
  readonly question: Question;
  /** What the learner looks at before answering. */
  readonly situation: Situation;
  /** What happens after answering: the engine plays the asked command and says why. */
  readonly reveal: Reveal;
}

export interface Situation {
  /** The simulator picture the situation is shown in; null when the question is about a file alone. */
  readonly picture: 'ecs' | 'eks' | null;
  /** Console lines that build the simulator's situation from an empty account at `seed`. */
  readonly lines: readonly string[];
  readonly before: Session<BaseState, CommandBase>;
  /** The facts the picture shows, as a table, for those who cannot see it and for small screens. */
  readonly facts: FactTable | null;
  /** A file the question is about (a task definition, a manifest), shown as code. */
  readonly file: { readonly name: string; readonly text: string } | null;
}

export interface FactTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Reveal {
  /** Console lines the engine plays after the answer (the asked command, time passing). */
  readonly lines: readonly string[];
  /** The situation once they have played: what the picture shows after the answer. */
  readonly after: Session<BaseState, CommandBase>;
  /** What the console printed for the asked command, when it is the answer (an error text). */
  readonly output: string | null;
  /** The engine's reasoning, one plain sentence per step. */
  readonly reasoning: readonly string[];
}

export interface QuestionGenerator extends GeneratorInfo {
  generate(seed: number): GeneratedQuestion;
}
