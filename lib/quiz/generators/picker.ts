import { nextInt, seedRng, type Rng } from '@/lib/sim/core/rng';

/**
 * The seeded choices a generator makes, drawn one after another from the question's seed: the
 * same seed always builds the same situation (so a question can be shared or reported by link).
 */
export interface Picker {
  int(min: number, max: number): number;
  one<T>(items: readonly T[]): T;
  /** `count` different items, in a seeded order. */
  some<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

export function createPicker(seed: number): Picker {
  let rng: Rng = seedRng(seed);
  const int = (min: number, max: number) => {
    const [value, next] = nextInt(rng, min, max);
    rng = next;
    return value;
  };
  const one = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('picker: nothing to pick from');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    one,
    some: (items, count) => {
      const rest = [...items];
      const chosen = [];
      while (chosen.length < count && rest.length > 0)
        chosen.push(...rest.splice(int(0, rest.length - 1), 1));
      return chosen;
    },
    chance: (probability) => int(0, 9999) < probability * 10000,
  };
}
