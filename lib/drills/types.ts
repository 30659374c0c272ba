import type { BaseState } from '../sim/core/types';

/** One line of a drill's goal, ticked when the simulator's state meets it. */
export interface GoalCheck {
  readonly label: string;
  readonly met: boolean;
}

/**
 * A failure drill: a simulator preset that starts broken or failing, and a goal checked on the
 * final state (any valid path passes, not a fixed list of commands). Pure data plus a pure check,
 * so the runner, the unit tests and the browser all judge a drill the same way.
 */
export interface Drill<S extends BaseState = BaseState> {
  /** Stable forever (progress keys on it), `lesson-slug/short-name` like question ids. */
  readonly id: string;
  readonly simulator: 'ecs';
  /** The simulator preset the drill starts from. */
  readonly preset: string;
  readonly title: string;
  /** What the learner sees first: the symptom, in a sentence or two, as a colleague would report it. */
  readonly situation: string;
  /** What "fixed" means, in words; `check` decides it. */
  readonly goal: string;
  /** Each item of the goal against the current state; the drill is solved when all are met. */
  check(state: S): readonly GoalCheck[];
  /** Shown one at a time, from a nudge to nearly the answer. */
  readonly hints: readonly string[];
  /** A worked solution: console lines that solve it from the preset, each with why. */
  readonly solution: readonly { readonly line: string; readonly why: string }[];
  /** Skill id from content/skills.yaml, for progress and review. */
  readonly skill: string;
}

export const isSolved = (checks: readonly GoalCheck[]): boolean => checks.length > 0 && checks.every((check) => check.met);
