/**
 * A new seed, 1 to 2^31 − 1: the learner asked for different randomness (a new seed, a new
 * question), so Math.random is right here, in the UI; the engines never call it.
 */
export function randomSeed(): number {
  return 1 + Math.floor(Math.random() * 2_147_483_646);
}
