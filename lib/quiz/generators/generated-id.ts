/**
 * How a generated question's answers are recorded, apart from the catalog: the course map reads
 * mastery on every visit, and importing the catalog's titles and summaries for one prefix would put
 * them in the home page's first-load JavaScript.
 */
export const GENERATED_PREFIX = 'generated';

/** The question id a generator's answers are recorded under, whatever the seed. */
export function generatedQuestionId(generator: string): string {
  return `${GENERATED_PREFIX}/${generator}`;
}
