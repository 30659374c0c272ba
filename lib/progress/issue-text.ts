import type { MigrationIssue } from './migrate';

/** `progress.lessons["ecs-basics"].doneAt`: the path as a learner could find it in the file. */
export function formatIssuePath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) return `${text}.${segment}`;
    return `${text}[${JSON.stringify(String(segment))}]`;
  }, root);
}

/** Zod's wording, trimmed for a sentence: "Invalid input: expected boolean, received string" → "expected boolean, received string". */
function reason(message: string): string {
  if (/received undefined$/.test(message)) return 'is missing';
  return message.replace(/^Invalid input: /, '');
}

/** `invalid field "doneAt" at progress.lessons["ecs-basics"].doneAt (must be an ISO date and time…)` */
export function describeIssue(root: string, issue: MigrationIssue): string {
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
  if (unknownKey !== undefined) {
    return `unknown field "${unknownKey}" at ${formatIssuePath(root, [...issue.path, unknownKey])}`;
  }
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_key') {
    const container = formatIssuePath(root, issue.path.slice(0, -1));
    return `invalid key "${String(last)}" in ${container} (must be a lesson slug or question id)`;
  }
  const what =
    typeof last === 'number' ? 'invalid item' : `invalid field "${last === undefined ? root : String(last)}"`;
  return `${what} at ${formatIssuePath(root, issue.path)} (${reason(issue.message)})`;
}
