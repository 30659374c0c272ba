/** What a search result is. Stored in the index as the `kind` meta and filter of every record. */
export const SEARCH_KINDS = ['Lesson', 'Glossary', 'Question'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}

/**
 * The anchor of a question asked in place in a lesson (`amazon-ecs/agent-where` → `question-agent-where`),
 * so a search result can land on the question itself.
 */
export function questionAnchor(questionId: string): string {
  return `question-${questionId.slice(questionId.indexOf('/') + 1)}`;
}
