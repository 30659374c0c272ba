/**
 * A generated question's address: `#GENERATOR:SEED` on /practice/generated/, so a learner can share
 * a question or report it, and the same seed rebuilds the same situation. Kept free of the engine
 * so the page can read the hash before loading it.
 */
export const MAX_SEED = 2_147_483_647;

export type ParsedQuestionLink =
  /** `seed` is null for `#GENERATOR` alone: a fresh question of that kind. */
  | { readonly ok: true; readonly generator: string; readonly seed: number | null }
  | { readonly ok: false; readonly reason: string };

export function questionHash(generator: string, seed: number): string {
  return `#${generator}:${seed}`;
}

/** Null for an empty hash; otherwise the generator and seed, or why the link cannot be used. */
export function parseQuestionHash(hash: string, generators: readonly string[]): ParsedQuestionLink | null {
  const text = safeDecode(hash.replace(/^#/, '')).trim();
  if (text === '') return null;
  const match = /^([a-z0-9-]+)(?::(\d+))?$/.exec(text);
  if (match === null)
    return {
      ok: false,
      reason: `This link does not name a generated question: "${text.slice(0, 60)}" should look like binpack-next-host:1234.`,
    };
  const [, generator = '', digits] = match;
  if (!generators.includes(generator))
    return {
      ok: false,
      reason: `This link names a kind of question Dockyard does not have: "${generator}". Choose one of the kinds above.`,
    };
  if (digits === undefined) return { ok: true, generator, seed: null };
  const seed = Number(digits);
  if (!Number.isSafeInteger(seed) || seed < 1 || seed > MAX_SEED)
    return {
      ok: false,
      reason: `The seed in this link, ${digits.slice(0, 20)}, is out of range: seeds run from 1 to ${MAX_SEED.toLocaleString('en-US')}.`,
    };
  return { ok: true, generator, seed };
}

/** A hand-edited hash may hold a stray `%`: read it as written rather than throw. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
