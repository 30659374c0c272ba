import { MAX_SEED } from '@/lib/quiz/generators/link';

/** A new question's seed: the learner asked for something new, so Math.random is right here (not in the engine). */
export function freshSeed(): number {
  return 1 + Math.floor(Math.random() * (MAX_SEED - 1));
}
